import type { OrganisationType } from "./checks/types";
import type { RiskMatrix } from "./risk/types";
import type { TemplateId } from "./report";

/** Per-document state that travels with the file (kept by src/word/store.ts inside the document). */
export interface DocumentSettings {
  matrix: string;
  customMatrix?: RiskMatrix;
  organisation?: OrganisationType;
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

/** Reads settings saved by any version, keeping what is valid and defaulting the rest. */
export function parseSettings(json: string | null | undefined): DocumentSettings {
  if (!json) return { ...DEFAULT_SETTINGS, ignored: [] };
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    if (error instanceof SyntaxError) return { ...DEFAULT_SETTINGS, ignored: [] };
    throw error;
  }
  if (typeof raw !== "object" || raw === null) return { ...DEFAULT_SETTINGS, ignored: [] };
  const r = raw as Record<string, unknown>;
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
  if (typeof r.template === "string" && ["ico-dpia", "ico-lia", "question-form", "generic"].includes(r.template)) {
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
