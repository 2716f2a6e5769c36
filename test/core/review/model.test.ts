import {
  isOverdue,
  nextActionId,
  sortActions,
  validateReview,
  withActionStatus,
  withVerdict,
  type ReviewAction,
  type ReviewData,
} from "../../../src/core/review/model";
import { parseReview, ReviewDataError, serializeReview } from "../../../src/core/review/parse";

const action = (
  id: string,
  due: string,
  status: ReviewAction["status"] = "open",
  section = "Step 5",
): ReviewAction => ({
  id,
  section,
  what: `do ${id}`,
  owner: "Jo",
  due,
  status,
});

describe("review model", () => {
  it("sorts overdue first (oldest first), then open by due date, then done; ties keep their order", () => {
    const actions = [
      action("A1", "2026-12-20"),
      action("A2", "2026-09-01", "done"),
      action("A3", "2026-11-22"),
      action("A4", "2026-11-23"),
      action("A5", "2026-10-01"),
      action("A6", "2026-12-20"),
    ];
    expect(sortActions(actions, "2026-11-23").map((a) => a.id)).toEqual(["A5", "A3", "A4", "A1", "A6", "A2"]);
  });

  it("is overdue only when open and due before today", () => {
    expect(isOverdue(action("A1", "2026-11-22"), "2026-11-23")).toBe(true);
    expect(isOverdue(action("A1", "2026-11-23"), "2026-11-23")).toBe(false);
    expect(isOverdue(action("A1", "2026-01-01", "done"), "2026-11-23")).toBe(false);
  });

  it("asks for an action behind every improvable or to-correct verdict", () => {
    const review: ReviewData = {
      verdicts: [
        { section: "Step 2", verdict: "acceptable", note: "" },
        { section: "Step 5", verdict: "to-correct", note: "" },
        { section: "Step 6", verdict: "improvable", note: "" },
      ],
      actions: [action("A1", "2026-12-01", "open", "Step 5")],
    };
    expect(validateReview(review)).toEqual([
      { where: "Step 6", message: 'a verdict of "improvable" needs at least one action (what, owner, due date)' },
    ]);
  });

  it("names actions without owner, with a bad date, or a repeated id", () => {
    const review: ReviewData = {
      verdicts: [],
      actions: [{ ...action("A1", "2026-02-30"), owner: " " }, action("A1", "2026-12-01")],
    };
    expect(validateReview(review).map((p) => `${p.where}: ${p.message}`)).toEqual([
      "action A1: has no owner",
      'action A1: due date must be YYYY-MM-DD, not "2026-02-30"',
      "action A1: two actions have this id",
    ]);
  });

  it("replaces a section's verdict, numbers new actions, and marks one done", () => {
    let review: ReviewData = { verdicts: [], actions: [action("A1", "2026-12-01"), action("A7", "2026-12-02")] };
    review = withVerdict(review, { section: "Step 5", verdict: "improvable", note: "a" });
    review = withVerdict(review, { section: "Step 5", verdict: "acceptable", note: "b" });
    expect(review.verdicts).toEqual([{ section: "Step 5", verdict: "acceptable", note: "b" }]);
    expect(nextActionId(review)).toBe("A8");
    expect(withActionStatus(review, "A7", "done").actions.map((a) => a.status)).toEqual(["open", "done"]);
  });
});

describe("review data in the document", () => {
  it("round-trips through its JSON", () => {
    const review: ReviewData = {
      verdicts: [{ section: "Step 5", verdict: "to-correct", note: "Score the risks" }],
      actions: [action("A1", "2026-12-01", "open", "Step 5")],
    };
    expect(parseReview(serializeReview(review))).toEqual({ review, problems: [] });
  });

  it("reads nothing as an empty review", () => {
    expect(parseReview(null)).toEqual({ review: { verdicts: [], actions: [] }, problems: [] });
  });

  it("leaves out entries it cannot read and says which, keeping the rest", () => {
    const parsed = parseReview(
      JSON.stringify({
        verdicts: [
          { section: "Step 2", verdict: "fine" },
          { section: "Step 5", verdict: "improvable", extra: 1 },
        ],
        actions: [
          { id: "A1", what: "x", owner: "Jo", due: "2026-12-01", status: "closed" },
          { id: "A2", what: "y", due: "2026-12-01" },
          { what: "z", due: "2026-12-01" },
        ],
      }),
    );
    expect(parsed.review.verdicts).toEqual([{ section: "Step 5", verdict: "improvable", note: "" }]);
    expect(parsed.review.actions).toEqual([
      { id: "A2", section: "", what: "y", owner: "", due: "2026-12-01", status: "open" },
    ]);
    expect(parsed.problems).toEqual([
      'verdict 1 (Step 2): "fine" is not acceptable, improvable, to-correct',
      'action A1: status "closed" is not open or done',
      "action 3: no id",
    ]);
  });

  it.each([
    ["{ not json", /not valid JSON/],
    ["[1, 2]", /not an object/],
    ['{"actions": {}}', /"actions" is not a list/],
    ['{"version": 2, "actions": []}', /newer version \(format 2; this one reads 1\)/],
  ])("refuses %s with a clear error", (raw, message) => {
    expect(() => parseReview(raw)).toThrow(ReviewDataError);
    expect(() => parseReview(raw)).toThrow(message);
  });
});
