import { screen, waitFor, within } from "@testing-library/react";
import { lawfulBasisAnswers } from "../../src/core/guidance";
import type { Finding } from "../../src/core/report";
import { openScreen } from "./helpers";
import { finding, MemoryService, report } from "./memory-service";

async function openAnswers(f: Finding, service = new MemoryService(report([f]))) {
  const view = await openScreen(service, /^Gaps/);
  await view.user.click(
    screen.getByRole("button", { name: new RegExp(`^${f.short.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`) }),
  );
  return { ...view, service };
}

const likelihood = () =>
  finding({
    message: "Likelihood left as the option list",
    slot: "likelihood",
    text: "Remote, possible or probable",
    target: "Remote, possible or probable",
    expected: "1) Remote, possible or probable",
  });

describe("Guided answers", () => {
  it("a likelihood gets a choice of the matrix's levels, each with its definition", async () => {
    await openAnswers(likelihood());
    const group = await screen.findByRole("radiogroup", { name: "Choose the likelihood" });
    const options = within(group).getAllByRole("radio");
    expect(options).toHaveLength(3);
    expect(within(group).getByText(/More likely than not: harm is expected to happen/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Apply" })).toBeDisabled();
  });

  it("'Apply' writes the chosen level in place of the placeholder, and the item disappears", async () => {
    const f = likelihood();
    const { user, service } = await openAnswers(f);
    await user.click(await screen.findByRole("radio", { name: /^Possible/ }));
    await user.click(screen.getByRole("button", { name: "Apply" }));
    await waitFor(() => expect(screen.queryByText(f.message)).not.toBeInTheDocument());
    expect(service.applied).toEqual([
      [
        {
          kind: "replace-text",
          ref: f.ref,
          expected: f.expected,
          find: "Remote, possible or probable",
          replacement: "Possible",
        },
      ],
    ]);
    expect(await screen.findByText(/Answer written into the document/)).toBeInTheDocument();
  });

  it("a refused (stale) edit keeps the item and offers a re-scan", async () => {
    const f = likelihood();
    const service = new MemoryService(report([f]));
    service.refuse = "stale";
    const { user } = await openAnswers(f, service);
    await user.click(await screen.findByRole("radio", { name: /^Probable/ }));
    await user.click(screen.getByRole("button", { name: "Apply" }));
    expect(await screen.findByText(/The document changed at that place since the last scan/)).toBeInTheDocument();
    expect(screen.getByText(f.message)).toBeInTheDocument();
    const scans = service.scans;
    const bar = screen.getByText(/The document changed at that place/).closest(".ms-MessageBar") as HTMLElement;
    await user.click(within(bar).getByRole("button", { name: "Re-scan" }));
    await waitFor(() => expect(service.scans).toBe(scans + 1));
  });

  it("Yes/No shows each answer's consequence; a draft answer must be edited before it is applied", async () => {
    const f = finding({
      message: "Opt-out left as Yes / No",
      slot: "yes-no",
      kind: "unresolved-choice",
      target: "Yes / No",
      expected: "Yes / No",
      answers: [
        { label: "Yes", text: "Yes", why: "An opt-out weighs in favour of legitimate interests." },
        { label: "No", text: "No – [explain why]", why: "Without an opt-out you must explain why.", draft: true },
      ],
    });
    const { user, service } = await openAnswers(f);
    expect(await screen.findByText("Without an opt-out you must explain why.")).toBeInTheDocument();
    await user.click(screen.getByRole("radio", { name: /^No/ }));
    const draft = screen.getByRole("textbox", { name: /No: draft/ });
    expect(draft).toHaveValue("No – [explain why]");
    expect(screen.getByRole("button", { name: "Apply" })).toBeDisabled();
    await user.clear(draft);
    await user.type(draft, "No – the service cannot run without it");
    await user.click(screen.getByRole("button", { name: "Apply" }));
    await waitFor(() => expect(service.applied).toHaveLength(1));
    expect(service.applied[0][0]).toMatchObject({
      kind: "replace-text",
      find: "Yes / No",
      replacement: "No – the service cannot run without it",
    });
  });

  it("a date slot has a date picker that accepts typed UK dates", async () => {
    const f = finding({
      message: "Next review date missing",
      slot: "date",
      kind: "unanswered",
      text: "Next review date",
      expected: "",
    });
    const { user, service } = await openAnswers(f);
    const input = await screen.findByRole("combobox", { name: "Date" });
    await user.type(input, "31/3/2027{Enter}");
    await user.click(screen.getByRole("button", { name: "Apply" }));
    await waitFor(() => expect(service.applied).toHaveLength(1));
    expect(service.applied[0]).toEqual([{ kind: "set-text", ref: f.ref, expected: "", text: "31/03/2027" }]);
  });

  it("a sign-off slot asks for name and role (and a date)", async () => {
    const f = finding({ message: "DPO advice not signed", slot: "name-date", kind: "signoff-missing", expected: "" });
    const { user, service } = await openAnswers(f);
    expect(await screen.findByRole("button", { name: "Apply" })).toBeDisabled();
    await user.type(screen.getByRole("textbox", { name: "Name" }), "Sam Patel");
    await user.type(screen.getByRole("textbox", { name: "Role" }), "Data Protection Officer");
    await user.click(screen.getByRole("button", { name: "Apply" }));
    await waitFor(() => expect(service.applied).toHaveLength(1));
    expect(service.applied[0][0]).toMatchObject({ kind: "set-text", text: "Sam Patel, Data Protection Officer" });
  });

  it("the lawful-basis helper leaves out legitimate interests for a public authority and says why", async () => {
    const f = finding({
      message: "No lawful basis",
      kind: "lawful-basis-missing",
      slot: "lawful-basis",
      expected: "Lawful basis:",
      answers: lawfulBasisAnswers(),
    });
    const service = new MemoryService(report([f]), undefined, { organisation: "public-authority" });
    const { user } = await openAnswers(f, service);
    const group = await screen.findByRole("radiogroup", { name: "Choose the Article 6 lawful basis" });
    expect(within(group).getAllByRole("radio")).toHaveLength(5);
    expect(within(group).queryByText(/Legitimate interests/)).not.toBeInTheDocument();
    // MessageBar text appears a moment after the bar (Fluent delays it for screen readers).
    expect(await screen.findByText(/a public authority cannot rely on it/)).toBeInTheDocument();
    await user.click(within(group).getByRole("radio", { name: /Article 6\(1\)\(e\) Public task/ }));
    await user.click(screen.getByRole("button", { name: "Apply" }));
    await waitFor(() => expect(service.applied).toHaveLength(1));
    expect(service.applied[0][0]).toMatchObject({ kind: "append-text", expected: "Lawful basis:" });
    expect((service.applied[0][0] as { text: string }).text).toMatch(
      /^Our lawful basis is Article 6\(1\)\(e\) public task/,
    );
  });

  it("a private organisation sees all six Article 6 bases", async () => {
    const f = finding({ slot: "lawful-basis", kind: "lawful-basis-missing", answers: lawfulBasisAnswers("private") });
    await openAnswers(f, new MemoryService(report([f]), undefined, { organisation: "private" }));
    const group = await screen.findByRole("radiogroup", { name: "Choose the Article 6 lawful basis" });
    expect(within(group).getAllByRole("radio")).toHaveLength(6);
  });

  it("a special-category gap without answers of its own offers the Article 9 and 10 conditions", async () => {
    const f = finding({ slot: "special-category-condition", kind: "special-category-condition-missing" });
    await openAnswers(f);
    const group = await screen.findByRole("radiogroup", { name: "Choose the Article 9 or Article 10 condition" });
    expect(within(group).getByRole("radio", { name: /Article 9\(2\)\(h\) Health or social care/ })).toBeInTheDocument();
    expect(within(group).getAllByRole("radio").length).toBeGreaterThan(10);
  });

  it("free text starts from a draft that is clearly marked and must be edited", async () => {
    const skeleton = "We collect [data] from [source].";
    const f = finding({
      slot: "free-text",
      kind: "unanswered",
      expected: "",
      answers: [{ label: "Draft", text: skeleton, why: "edit it", draft: true }],
    });
    const { user, service } = await openAnswers(f);
    expect(await screen.findByText(/Draft answer: edit it to describe your own processing/)).toBeInTheDocument();
    const box = screen.getByRole("textbox", { name: "Draft answer (edit before applying)" });
    expect(box).toHaveValue(skeleton);
    expect(screen.getByRole("button", { name: "Apply" })).toBeDisabled();
    await user.clear(box);
    await user.type(box, "We collect names from the booking form.");
    await user.click(screen.getByRole("button", { name: "Apply" }));
    await waitFor(() => expect(service.applied).toHaveLength(1));
    expect(service.applied[0]).toEqual([
      { kind: "set-text", ref: f.ref, expected: "", text: "We collect names from the booking form." },
    ]);
  });
});
