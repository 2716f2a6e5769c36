import type { OrganisationType } from "./vocabulary/organisation";
import type { RiskMatrix } from "./vocabulary/risk-matrices";
import { JURISDICTIONS, type Jurisdiction, type TemplateId } from "./report";

/** Per-document state that travels with the file (kept by src/word/store.ts inside the document). */
export interface DocumentSettings {
  matrix: string;
  customMatrix?: RiskMatrix;
  organisation?: OrganisationType;
  /** The law set to apply instead of the one recognised from the document's words (absent: recognise it). */
  law?: Jurisdiction;
  /** A template the user chose instead of the recognised one. */
  template?: TemplateId;
  ignored: IgnoredFinding[];
  /** ISO date of the last review by the add-in. */
  lastReviewed?: string;
  /** Make the add-in's edits as tracked changes. */
  trackChanges?: boolean;
  /** Highlight of reviewer marks, one of HIGHLIGHT_COLOURS (absent: yellow). */
  highlightColor?: string;
}

/** The highlight colours offered for reviewer marks: Word's own highlighter colours (Font.highlightColor). */
export const HIGHLIGHT_COLOURS: ReadonlyArray<{ value: string; label: string }> = [
  { value: "#FFFF00", label: "Yellow" },
  { value: "#00FF00", label: "Bright green" },
  { value: "#00FFFF", label: "Turquoise" },
  { value: "#FF00FF", label: "Pink" },
  { value: "#C0C0C0", label: "Grey" },
];

export interface IgnoredFinding {
  id: string;
  reason?: string;
}

export const DEFAULT_SETTINGS: DocumentSettings = { matrix: "ico-3x3", ignored: [] };

/**
 * Why a stored settings value could not be used. The value is kept in the document as it is (it may hold ignored
 * findings the user wants back): the user is told, and it is replaced only when they choose to reset.
 */
export interface SettingsProblem {
  kind: "unreadable" | "not-an-object";
  /** The stored value, verbatim. */
  raw: string;
  /** One line for the user. */
  message: string;
}

export interface SettingsRead {
  /** What the add-in works with: the stored settings, or the defaults when they could not be read. */
  settings: DocumentSettings;
  /** Set when a stored value exists but could not be read. */
  problem?: SettingsProblem;
}

const KEEP =
  "They were left in the document unchanged and the defaults are used for now; choose Reset settings to replace them.";

/**
 * Reads settings saved by any version, keeping what is valid and defaulting the rest. A value that is not JSON, or
 * not an object, is reported as a problem (never silently taken for "no settings", which would lose ignored findings
 * on the next save).
 */
export function readSettings(json: string | null | undefined): SettingsRead {
  if (!json) return { settings: defaults() };
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    return {
      settings: defaults(),
      problem: {
        kind: "unreadable",
        raw: json,
        message: `The add-in's settings stored in this document are damaged. ${KEEP}`,
      },
    };
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    return {
      settings: defaults(),
      problem: {
        kind: "not-an-object",
        raw: json,
        message: `The add-in's settings stored in this document are not in a form it knows. ${KEEP}`,
      },
    };
  }
  return { settings: fromObject(raw as Record<string, unknown>) };
}

/** The settings of a stored value (defaults when there is none or it cannot be read; see readSettings for why). */
export function parseSettings(json: string | null | undefined): DocumentSettings {
  return readSettings(json).settings;
}

function defaults(): DocumentSettings {
  return { ...DEFAULT_SETTINGS, ignored: [] };
}

function fromObject(r: Record<string, unknown>): DocumentSettings {
  const ignored = Array.isArray(r.ignored)
    ? r.ignored
        .filter(
          (i): i is { id: string; reason?: unknown } =>
            typeof i === "object" && i !== null && typeof (i as { id?: unknown }).id === "string",
        )
        .map((i) => (typeof i.reason === "string" ? { id: i.id, reason: i.reason } : { id: i.id }))
    : [];
  const settings: DocumentSettings = {
    matrix: typeof r.matrix === "string" ? r.matrix : DEFAULT_SETTINGS.matrix,
    ignored,
  };
  if (r.organisation === "public-authority" || r.organisation === "private") settings.organisation = r.organisation;
  if (typeof r.law === "string" && (JURISDICTIONS as readonly string[]).includes(r.law))
    settings.law = r.law as Jurisdiction;
  if (
    typeof r.template === "string" &&
    ["ico-dpia", "ico-lia", "edpb-dpia", "question-form", "generic"].includes(r.template)
  ) {
    settings.template = r.template as TemplateId;
  }
  if (typeof r.lastReviewed === "string") settings.lastReviewed = r.lastReviewed;
  if (typeof r.trackChanges === "boolean") settings.trackChanges = r.trackChanges;
  if (typeof r.highlightColor === "string" && HIGHLIGHT_COLOURS.some((c) => c.value === r.highlightColor))
    settings.highlightColor = r.highlightColor;
  if (typeof r.customMatrix === "object" && r.customMatrix !== null)
    settings.customMatrix = r.customMatrix as RiskMatrix;
  return settings;
}
