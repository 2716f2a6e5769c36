/**
 * Measures wherever they are: an ICO template's Step 6 table that covers some risks only, and measures under headings
 * that name the risks they treat ("Measures against re-identification (R1, R3)"). A risk with a measure anywhere is not
 * unmitigated.
 */
import { heading, p, row, table } from "../../fixtures/docx-builder";
import { built } from "../built";
import { head } from "./bodies";

export const measureDocuments = [
  built({
    name: "measures-ico-step6-partial",
    group: "measures: ICO Step 6 covering two of three risks",
    blocks: [
      heading("DPIA – Westmoor Rugby Club: membership and match-day app", 1),
      heading("Step 1: Identify the need for a DPIA", 2),
      p(
        "The club is moving membership, subscriptions and junior-section contacts into an app that also sells match " +
          "tickets. It processes children's data at scale for a club of our size, so the committee asked for a DPIA.",
      ),
      heading("Step 2: Describe the processing", 2),
      p(
        "Members and parents register in the app (name, address, email, phone, date of birth, emergency contact). " +
          "Coaches see their squad list. Ticket buyers give a name and email. Data is hosted by the app supplier in the UK.",
      ),
      heading("Step 3: Consultation process", 2),
      p("The committee consulted the junior section's parent reps and the club welfare officer in August 2026."),
      heading("Step 4: Assess necessity and proportionality", 2),
      p(
        "Lawful basis: Article 6(1)(b) UK GDPR for membership and tickets; emergency contacts under Article 6(1)(f). " +
          "Coaches see only their own squad; dates of birth are needed for age-group registration with the union.",
      ),
      heading("Step 5: Identify and assess risks", 2),
      table(
        head("Risk", "Likelihood of harm", "Severity of harm", "Overall risk"),
        row("1. Coaches keep squad lists on personal phones after leaving", "Possible", "Significant", "Medium"),
        row(
          "2. Junior members' details visible to all members in the app directory",
          "Probable",
          "Significant",
          "High",
        ),
        row("3. Ticket buyers' emails used for club marketing without consent", "Possible", "Significant", "Medium"),
      ),
      heading("Step 6: Identify measures to reduce risk", 2),
      table(
        head("Risk", "Options to reduce or eliminate risk", "Effect on risk", "Residual risk", "Measure approved"),
        row(
          "1",
          "Squad lists viewable in the app only; coach access removed when the season ends",
          "Reduced",
          "Low",
          "Yes",
        ),
        row("2", "Directory limited to adult members who opt in; juniors never listed", "Eliminated", "Low", "Yes"),
      ),
      heading("Step 7: Sign off and record outcomes", 2),
      table(
        head("Item", "Name/position/date", "Notes"),
        row("Measures approved by:", "Club secretary, Fiona Hale, 14/09/2026", "Both measures in place before launch"),
        row("Residual risks approved by:", "Club chair, Amrit Gill, 14/09/2026", "Residual risks low"),
        row("DPO advice provided:", "Welfare officer (acting as privacy lead), 10/09/2026", "No DPO is required"),
        row("Summary of DPO advice:", "Proceed once the directory change is made.", ""),
        row("DPO advice accepted or overruled by:", "Accepted by the committee, 14/09/2026", ""),
        row("Comments:", "None.", ""),
        row("This DPIA will kept under review by:", "Club secretary, by September 2027", ""),
      ),
    ],
    expectations: {
      acceptable: [
        {
          kind: "dpia-screening",
          text: "children's data",
          why: "WP248 (7): children are vulnerable data subjects; the DPIA lists it (info)",
        },
      ],
      template: "ico-dpia",
      jurisdiction: "uk-gdpr",
      gaps: [{ kind: "unmitigated-risk", text: "Ticket buyers", why: "medium risk 3 has no Step 6 measure" }],
      risks: {
        count: 3,
        entries: [
          { description: "Coaches keep squad lists", computed: "medium", overall: "medium" },
          { description: "Junior members' details", computed: "high", overall: "high" },
          { description: "Ticket buyers", computed: "medium" },
        ],
      },
      mustNotReport: [
        { kind: "unmitigated-risk", text: "Coaches keep squad lists" },
        { kind: "unmitigated-risk", text: "Junior members' details" },
        { kindIn: ["signoff-missing", "not-approved", "unanswered", "placeholder", "lawful-basis-missing"] },
        { kind: "risk-score-mismatch" },
      ],
    },
  }),
  built({
    name: "measures-residual-and-review",
    group: "measures: invalid effect, effect written as a synonym, approval pending, residual high, review overdue",
    blocks: [
      heading("DPIA – Brookfield College: exam invigilation cameras", 1),
      heading("Step 2: Describe the processing", 2),
      p(
        "Cameras in the exam hall record during exams only; footage is reviewed if an invigilator reports suspected " +
          "malpractice and is sent to the awarding body when it asks for it.",
      ),
      heading("Step 4: Assess necessity and proportionality", 2),
      p("Lawful basis: public task, Article 6(1)(e) UK GDPR (the college's duty to run exams to awarding-body rules)."),
      heading("Step 5: Identify and assess risks", 2),
      table(
        head("Risk", "Likelihood of harm", "Severity of harm", "Overall risk"),
        row("1. Footage of a student's medical episode in an exam is kept and shared", "Possible", "Severe", "High"),
        row("2. Cameras capture the corridor outside the hall", "Probable", "Minimal", "Low"),
        row("3. Seating plans with candidates' names are pinned on the hall door", "Possible", "Minimal", "Low"),
      ),
      heading("Step 6: Identify measures to reduce risk", 2),
      table(
        head("Risk", "Options to reduce or eliminate risk", "Effect on risk", "Residual risk", "Measure approved"),
        row("1", "Footage deleted 60 days after results unless an appeal is open", "Lowered", "High", "Pending"),
        row("2", "Camera angle fixed to the hall", "Eliminated", "Low", "Yes"),
        row("3", "Seating plans show candidate numbers only", "Medium", "Low", "Yes"),
      ),
      heading("Step 7: Sign off and record outcomes", 2),
      table(
        head("Item", "Name/position/date", "Notes"),
        row("Measures approved by:", "Vice-principal, Ian Cole, 02/02/2026", ""),
        row("Residual risks approved by:", "Principal, Sarah Boateng, 02/02/2026", "Accepted"),
        row("DPO advice provided:", "Yes, 28/01/2026", ""),
        row("Summary of DPO advice:", "Reduce retention further and consult the ICO if risk 1 stays high.", ""),
        row(
          "DPO advice accepted or overruled by:",
          "Overruled by the principal: retention set by the awarding body's rules",
          "",
        ),
        row("Comments:", "None", ""),
        row("This DPIA will kept under review by:", "Data protection lead; next review 1 March 2026", ""),
      ),
    ],
    expectations: {
      template: "ico-dpia",
      jurisdiction: "uk-gdpr",
      gaps: [
        {
          kind: "invalid-value",
          at: "candidate numbers only",
          why: "effect on risk is eliminated / reduced / accepted; 'Medium' is a risk level, not an effect",
        },
        { kind: "not-approved", at: "Footage deleted 60 days", why: "Measure approved: Pending" },
        { kind: "prior-consultation", why: "residual risk 1 is high: Article 36 consultation before processing" },
        { kind: "review-overdue", text: "2026", why: "next review 1 March 2026 has passed" },
      ],
      risks: {
        count: 3,
        entries: [
          { description: "medical episode", computed: "high", overall: "high" },
          { description: "Seating plans", computed: "low", overall: "low" },
        ],
      },
      mustNotReport: [
        {
          kind: "invalid-value",
          text: "Lowered",
          why:
            "ICO Step 6's effect words are eliminated / reduced / accepted; 'lowered' plainly means 'reduced', so flagging " +
            "it would be a false positive for the user (lead's decision, issue 15)",
        },
        { kind: "unmitigated-risk" },
        { kind: "risk-score-mismatch" },
        { kind: "lawful-basis-missing" },
        { at: "Camera angle fixed", kindIn: ["invalid-value", "not-approved"] },
      ],
      acceptable: [
        {
          kind: "special-category-condition-missing",
          why: "footage of a medical episode is health data; no Article 9 condition is named",
        },
        {
          kind: "signoff-missing",
          text: "overruled",
          why: "the DPO was overruled; the reason given is brief but a reviewer may ask for more",
        },
        { kindIn: ["unanswered", "section-missing"], text: "Step 1", why: "the extract has no Step 1 or Step 3" },
        { kindIn: ["unanswered", "section-missing"], text: "Step 3", why: "the extract has no Step 1 or Step 3" },
      ],
    },
  }),
  built({
    name: "measures-by-heading",
    group: "measures: headings naming the risks they treat",
    blocks: [
      heading("Eastbrook University – learning analytics pilot: data protection impact assessment", 1),
      heading("1. Description and purposes", 2),
      p(
        "Attendance, library and virtual learning environment logins of first-year students are combined weekly into " +
          "an engagement score. Personal tutors see the score of their own tutees and contact students whose score drops, " +
          "to offer support. The pilot runs in two faculties for one academic year.",
      ),
      heading("2. Necessity and proportionality", 2),
      p(
        "Tutors cannot spot disengagement early from attendance alone. The score uses no grades, no location and no " +
          "content of messages; students are told at enrolment and can ask for their score and how it was made.",
      ),
      heading("3. Lawful basis", 2),
      p("Article 6(1)(e) UK GDPR, public task: the university's function of providing education and student support."),
      heading("4. Risk register", 2),
      table(
        head("ID", "Risk", "Likelihood", "Severity", "Overall"),
        row("R1", "Pseudonymised research extracts are re-identified", "Possible", "Significant", "Medium"),
        row("R2", "A tutor's laptop with exported scores is lost", "Possible", "Significant", "Medium"),
        row("R3", "Scores shared with the research team allow students to be singled out", "Remote", "Severe", "Low"),
      ),
      heading("5. Measures", 2),
      heading("Measures against re-identification (R1, R3)", 3),
      p("Extracts keep only faculty and week; student numbers are replaced by keys held by the data office."),
      heading("Measures against loss of devices (R2)", 3),
      p("Scores are viewed in the dashboard only; export is switched off and laptops are encrypted."),
      heading("6. Approval and review", 2),
      p(
        "Approved by Professor Lena Hartmann, Pro-Vice-Chancellor (Education), 28 August 2026. DPO consulted; advice followed.",
      ),
      p("Review date: 31 July 2027, at the end of the pilot."),
    ],
    expectations: {
      jurisdiction: "uk-gdpr",
      gaps: [],
      risks: {
        count: 3,
        entries: [
          { id: "R1", computed: "medium" },
          { id: "R2", computed: "medium" },
          { id: "R3", computed: "low" },
        ],
      },
      mustNotReport: [
        { kind: "unmitigated-risk", why: "R1 and R3 under one heading, R2 under another" },
        {
          kindIn: [
            "section-missing",
            "risk-not-scored",
            "review-date-missing",
            "lawful-basis-missing",
            "signoff-missing",
          ],
        },
        { kind: "risk-score-mismatch" },
      ],
    },
  }),
];
