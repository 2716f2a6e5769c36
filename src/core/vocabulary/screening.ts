/**
 * The nine criteria of EDPB WP248 rev.01 (Guidelines on DPIA, endorsed by the EDPB on 25 May 2018), section III.B.a
 * "When is a DPIA mandatory?": processing meeting two or more of them is likely to require a DPIA. The phrases that
 * show a description meets a criterion follow the examples given there and in the ICO's "Examples of processing
 * likely to result in high risk" (ICO guide to the UK GDPR, DPIAs, "When do we need to do a DPIA?").
 *
 * Patterns run on normalised text (lower case, straight quotes, single spaces) one sentence at a time. They name
 * the processing, never the question a form asks about it: questions and negated mentions are filtered by the
 * screening detector, not here.
 */

export type ScreeningCriterionId =
  | "evaluation-scoring"
  | "automated-decision"
  | "systematic-monitoring"
  | "sensitive-data"
  | "large-scale"
  | "matching-combining"
  | "vulnerable-subjects"
  | "innovative-technology"
  | "prevents-right-or-service";

export interface ScreeningCriterionEntry {
  id: ScreeningCriterionId;
  /** WP248's own short name for the criterion. */
  label: string;
  /** Where it is defined. */
  ref: string;
  patterns: RegExp[];
  /** Where the phrases come from. */
  source: string;
}

const WP248 = "EDPB WP248 rev.01 III.B.a";
const ICO = 'ICO, "Examples of processing likely to result in high risk"';

// Data subjects named as a group (who a criterion is about), shared by several patterns.
const PEOPLE =
  "(?:people|individuals|persons|users|customers|clients|patients|employees|staff|workers|residents|citizens|members|pupils|students|children|applicants|candidates|subscribers|visitors|tenants|households|consumers|passengers|drivers|borrowers|account holders|data subjects)";
// Volume counts people or their records.
const PEOPLE_OR_RECORDS = `(?:${PEOPLE}|records|files|accounts)`;

export const SCREENING_CRITERIA: readonly ScreeningCriterionEntry[] = [
  {
    id: "evaluation-scoring",
    label: "evaluation or scoring (profiling)",
    ref: `${WP248} (1)`,
    source: `${WP248} (1): profiling and predicting, credit screening, behavioural or marketing profiles; ${ICO}`,
    patterns: [
      /\bprofiling\b/,
      /\bprofil(?:e|es|ed) (?:of )?(?:our |the |their )?(?:individuals|customers|users|people|applicants|candidates|employees|staff|patients|visitors|pupils|students|them)\b/,
      /\b(?:build|create|compile|develop)(?:s|ing)? (?:\w+ )?profiles?\b/,
      /\bcredit (?:scor\w*|rating|reference check|check)s?\b/,
      /\b(?:credit|propensity|fraud|behaviou?ral|eligibility) scor(?:e|es|ing)\b/,
      new RegExp(`\\bscor(?:e|es|ed|ing) (?:of )?(?:our |the )?${PEOPLE}\\b`),
      /\bpredict(?:s|ed|ing|ive)? (?:\w+ ){0,2}(?:behaviou?r|performance|preferences|interests|reliability|health|movements|likelihood)\b/,
      /\bbehaviou?ral (?:analysis|advertising|targeting|profiling|analytics)\b/,
      /\bpsychometric\b/,
      /\b(?:evaluat|assess)(?:e|es|ed|ing) (?:\w+ ){0,2}(?:performance at work|economic situation|personal preferences|reliability)\b/,
    ],
  },
  {
    id: "automated-decision",
    label: "automated decision-making with legal or similarly significant effect",
    ref: `${WP248} (2)`,
    source: `${WP248} (2) and GDPR Art. 22; ${ICO}`,
    patterns: [
      /\bautomated decisions?(?:[- ]making)?\b/,
      /\bsolely automated\b/,
      /\bautomatic(?:ally)? (?:refus|reject|approv|decid|declin|award)\w*/,
      /\bwithout (?:any )?(?:meaningful )?human (?:intervention|involvement|review|oversight)\b/,
      /\barticle 22\b/,
    ],
  },
  {
    id: "systematic-monitoring",
    label: "systematic monitoring",
    ref: `${WP248} (3)`,
    source: `${WP248} (3): observing, monitoring or controlling data subjects, including publicly accessible areas; ${ICO}`,
    patterns: [
      /\bcctv\b/,
      /\bsystematic(?:ally)? (?:monitor|observ|track)\w*/,
      new RegExp(`\\bmonitor(?:s|ed|ing)? (?:of )?(?:our |the |their )?(?:${PEOPLE}|the public|publicly accessible)`),
      /\b(?:employee|staff|workplace|email|internet|keystroke|online) monitoring\b/,
      /\bbody[- ]worn (?:video|cameras?)\b/,
      /\b(?:track|tracks|tracked|tracking) (?:the )?(?:\w+ )?(?:location|movements|whereabouts|browsing|online behaviou?r)\b/,
      /\blocation tracking\b|\bgps tracking\b|\bwi-?fi tracking\b/,
      /\bpublicly accessible (?:areas?|spaces?|places?)\b/,
      /\bautomatic number plate recognition\b|\banpr\b/,
    ],
  },
  {
    id: "sensitive-data",
    label: "sensitive data or data of a highly personal nature",
    ref: `${WP248} (4)`,
    source: `${WP248} (4): special categories (GDPR Art. 9), criminal offence data (Art. 10), and data of a highly personal nature (financial, location, communications); ${ICO}`,
    patterns: [
      /\bspecial categor(?:y|ies)\b/,
      /\b(?:health|medical|clinical|patient) (?:data|information|records|conditions?|details|history|status)\b/,
      /\bmental health\b|\bdiagnos(?:is|es)\b|\bdisabilit(?:y|ies)\b/,
      /\bracial or ethnic\b|\bethnic origin\b|\bethnicity\b/,
      /\breligious (?:or philosophical )?beliefs?\b/,
      /\bsexual orientation\b|\bsex life\b/,
      /\bpolitical opinions?\b/,
      /\btrade union membership\b/,
      /\bbiometric\b|\bgenetic data\b/,
      /\bcriminal (?:offence|conviction|record)s?\b|\bcriminal offence data\b/,
      /\b(?:financial|bank(?:ing)?) (?:data|information|details|records|transactions)\b/,
      /\blocation data\b|\bcontent of (?:communications|emails|messages)\b/,
    ],
  },
  {
    id: "large-scale",
    label: "data processed on a large scale",
    ref: `${WP248} (5)`,
    source: `${WP248} (5): number of data subjects, volume of data, duration, geographical extent; ${ICO}`,
    patterns: [
      /\blarge[- ]scale\b/,
      // From 100,000: WP248 sets no number, so only counts no reader would call small.
      new RegExp(`\\b(?:\\d{1,3}(?:,\\d{3}){2,}|\\d{3},\\d{3}|\\d{6,})\\s+(?:\\w+ )?${PEOPLE_OR_RECORDS}`),
      new RegExp(`\\b\\d+(?:\\.\\d+)?\\s*(?:million|m)\\s+(?:\\w+ )?${PEOPLE_OR_RECORDS}`),
      new RegExp(`\\b(?:tens of |hundreds of )?(?:thousands|millions) of (?:\\w+ )?${PEOPLE_OR_RECORDS}`),
      /\b(?:nationwide|country-?wide|national) (?:scale|roll-?out|programme|database|register)\b/,
      /\bwhole (?:population|country)\b|\bentire (?:population|customer base)\b/,
    ],
  },
  {
    id: "matching-combining",
    label: "matching or combining datasets",
    ref: `${WP248} (6)`,
    source: `${WP248} (6): datasets from two or more operations or controllers combined beyond reasonable expectations; ${ICO} (data matching)`,
    patterns: [
      /\bdata (?:matching|linkage|linking|enrichment)\b/,
      /\b(?:match|matches|matched|matching|combin(?:e|es|ed|ing)|link(?:s|ed|ing)?|merg(?:e|es|ed|ing)|cross-?referenc(?:e|es|ed|ing)) (?:\w+ ){0,4}(?:data ?sets?|databases|data sources|sources of data)\b/,
      /\b(?:combin(?:e|es|ed|ing)|match(?:es|ed|ing)?|link(?:s|ed|ing)?|merg(?:e|es|ed|ing)) (?:it |this |them |these |the data |the records )?with (?:data|information|records) (?:from|held by|obtained from|supplied by)\b/,
    ],
  },
  {
    id: "vulnerable-subjects",
    label: "data concerning vulnerable data subjects",
    ref: `${WP248} (7)`,
    source: `${WP248} (7): children, employees, and vulnerable segments of the population (mentally ill persons, asylum seekers, the elderly, patients); ${ICO}`,
    patterns: [
      /\bchildren\b|\bminors\b|\bunder[- ](?:1[0-8])s\b|\bunder the age of 1[0-8]\b/,
      /\bvulnerable (?:adults?|people|persons|individuals|groups?|customers|data subjects)\b/,
      /\belderly\b|\bolder (?:people|adults)\b/,
      /\basylum seekers?\b|\brefugees\b/,
      /\b(?:people|persons|individuals|adults) (?:with|who have) (?:\w+ )?(?:disabilities|dementia|mental (?:health conditions|illness)|learning difficulties)\b/,
      /\bmentally ill\b|\black(?:s|ing)? (?:mental )?capacity\b/,
      /\bvictims of\b|\bhomeless\b/,
      /\b(?:employee|staff|patient|pupil) (?:data|records|information|personal data|monitoring)\b/,
      /\b(?:data|information|records) (?:of|about|on|relating to) (?:our )?(?:employees|staff|patients|pupils)\b/,
    ],
  },
  {
    id: "innovative-technology",
    label: "innovative use or new technological or organisational solutions",
    ref: `${WP248} (8)`,
    source: `${WP248} (8): e.g. fingerprint and face recognition, Internet of Things; ${ICO} (innovative technology: AI, machine learning, smart technologies, wearables)`,
    patterns: [
      /\bartificial intelligence\b|\bmachine learning\b|\bdeep learning\b|\bneural networks?\b/,
      /\bgenerative ai\b|\blarge language models?\b|\bchatbots?\b|\bai (?:model|system|tool|algorithm)s?\b/,
      /\b(?:facial|face|voice) recognition\b|\bfingerprint (?:recognition|scanning|readers?)\b/,
      /\binternet of things\b|\biot devices?\b|\bsmart (?:meters?|devices?|home|cameras?|speakers?)\b|\bwearables?\b/,
      /\bnew technolog(?:y|ies)\b|\binnovative (?:technolog\w*|use|solutions?)\b|\bnovel technolog\w*\b/,
      /\bdrones?\b|\bblockchain\b/,
    ],
  },
  {
    id: "prevents-right-or-service",
    label: "processing that prevents data subjects from exercising a right or using a service or a contract",
    ref: `${WP248} (9)`,
    source: `${WP248} (9): e.g. a bank screening customers against a credit reference database to decide whether to offer a loan; ${ICO} (denial of service)`,
    patterns: [
      /\b(?:den(?:y|ies|ied|ying)|refus(?:e|es|ed|ing)|exclud(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|withdraw(?:s|n|ing)?) (?:\w+ ){0,4}(?:access to (?:a |the |our )?(?:service|services|benefits?|credit|loans?|housing|insurance|employment)|a (?:loan|mortgage|contract|service|policy|tenancy)|credit|benefits|insurance cover)\b/,
      /\bdecid(?:e|es|ed|ing) (?:whether|if) (?:to )?(?:offer|grant|give|provide|refuse|approve) (?:\w+ ){0,3}(?:loan|credit|mortgage|contract|service|insurance|benefit|tenancy|place)\b/,
      /\beligib(?:le|ility) (?:for|to) (?:\w+ ){0,2}(?:loans?|credit|mortgages?|benefits?|insurance|services?|housing|contracts?)\b/,
    ],
  },
];

/**
 * A document that says no DPIA is needed (the screening question answered "no"): the criteria then decide whether it
 * is right. ICO DPIA guidance: "If you decide not to carry out a DPIA, you should document your reasons".
 */
export const NO_DPIA_NEEDED: readonly RegExp[] = [
  /\b(?:a |full )?dpia (?:is|was|will) not (?:be )?(?:required|needed|necessary)\b/,
  /\bno (?:full )?dpia (?:is |was )?(?:required|needed|necessary)\b/,
  /\b(?:does|do|did) not (?:require|need) a (?:full )?(?:dpia|data protection impact assessment)\b/,
  /\bnot (?:necessary|required|needed) to (?:carry out|complete|conduct|undertake) a (?:full )?(?:dpia|data protection impact assessment)\b/,
  /\bdata protection impact assessment (?:is|was) not (?:required|needed|necessary)\b/,
];
