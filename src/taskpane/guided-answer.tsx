import { DatePicker, DayOfWeek, Spinner, TextField } from "@fluentui/react";
import { lazy, Suspense, useState } from "react";
import type { OrganisationType } from "../core/checks/types";
import type { Finding } from "../core/report";
import type { RiskMatrix } from "../core/vocabulary/risk-matrices";
import { AXIS_SLOTS, choicesFor, draftFor, parseTypedDate } from "./answer-choices";
import { ApplyButton, ChoiceAnswer, DraftAnswer, type ApplyProps } from "./choice-answer";
import { formatDocumentDate } from "./today";

// Article 6 bases and Article 9/10 conditions: only loaded when a lawful-basis gap is opened.
const LawfulBasisHelper = lazy(() => import("./lawful-basis-helper"));

export interface GuidedAnswerProps {
  finding: Finding;
  matrix: RiskMatrix;
  organisation: OrganisationType | undefined;
  busy: string | null;
  onApply(text: string): Promise<boolean>;
}

/** The right control for the slot, and "Apply", which writes the chosen answer through the service. */
export default function GuidedAnswerForm(props: GuidedAnswerProps): JSX.Element {
  const { finding, matrix, organisation } = props;
  const slot = finding.slot;
  const choices = choicesFor(finding, matrix);
  if (slot === "lawful-basis" || slot === "special-category-condition") {
    return (
      <Suspense fallback={<Spinner label="Loading the lawful bases…" />}>
        <LawfulBasisHelper choices={choices} organisation={organisation} slot={slot} {...applyProps(props)} />
      </Suspense>
    );
  }
  if (slot === "date") return <DateAnswer {...applyProps(props)} />;
  if (slot === "name-date") return <SignOffAnswer {...applyProps(props)} />;
  if (slot === "free-text" || choices.length === 0)
    return <DraftAnswer draft={draftFor(finding)} {...applyProps(props)} />;
  const heading =
    slot && AXIS_SLOTS.includes(slot) ? `Choose the ${slot === "approved" ? "approval" : slot}` : "Choose an answer";
  return <ChoiceAnswer choices={choices} label={heading} {...applyProps(props)} />;
}

const applyProps = (p: GuidedAnswerProps): ApplyProps => ({ busy: p.busy !== null, onApply: p.onApply });

function DateField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: Date | undefined;
  onChange(d: Date | undefined): void;
}) {
  return (
    <DatePicker
      label={label}
      value={value}
      onSelectDate={(d) => onChange(d ?? undefined)}
      formatDate={(d) => (d ? formatDocumentDate(d) : "")}
      parseDateFromString={(s) => parseTypedDate(s)}
      allowTextInput
      firstDayOfWeek={DayOfWeek.Monday}
      placeholder="Choose or type a date"
      ariaLabel={label}
    />
  );
}

function DateAnswer(apply: ApplyProps): JSX.Element {
  const [date, setDate] = useState<Date | undefined>();
  return (
    <div>
      <DateField label="Date" value={date} onChange={setDate} />
      <ApplyButton text={date ? formatDocumentDate(date) : null} {...apply} />
    </div>
  );
}

function SignOffAnswer(apply: ApplyProps): JSX.Element {
  const [name, setName] = useState("");
  const [role, setRole] = useState("");
  const [date, setDate] = useState<Date | undefined>();
  const text = name.trim()
    ? [name.trim(), role.trim(), date ? formatDocumentDate(date) : ""].filter(Boolean).join(", ")
    : null;
  return (
    <div>
      <TextField label="Name" required value={name} onChange={(_e, v) => setName(v ?? "")} />
      <TextField label="Role" value={role} onChange={(_e, v) => setRole(v ?? "")} />
      <DateField label="Date signed" value={date} onChange={setDate} />
      <ApplyButton text={text} {...apply} />
    </div>
  );
}
