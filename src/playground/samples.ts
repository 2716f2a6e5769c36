/** One bundled sample document, as listed in assets/samples/index.json. */
export interface Sample {
  /** URL relative to the page. */
  url: string;
  title: string;
  fileName: string;
}

const INDEX_URL = "assets/samples/index.json";

/**
 * Lists the bundled samples. Accepts an array (or `{ samples: [...] }`) of entries naming a file
 * (`file`/`path`/`name`) and optionally a `title`/`label`/`description`.
 */
export async function loadSampleIndex(): Promise<Sample[]> {
  const response = await fetch(INDEX_URL, { credentials: "same-origin" });
  if (!response.ok) throw new Error(`The sample list could not be loaded (HTTP ${response.status}).`);
  return parseSampleIndex(await response.json());
}

export function parseSampleIndex(raw: unknown): Sample[] {
  const list = Array.isArray(raw) ? raw : isRecord(raw) && Array.isArray(raw.samples) ? raw.samples : [];
  const samples: Sample[] = [];
  for (const entry of list) {
    const file =
      typeof entry === "string" ? entry : isRecord(entry) ? firstString(entry, ["file", "path", "name"]) : undefined;
    if (!file || !/\.doc[xm]$/i.test(file) || file.includes("..")) continue;
    const fileName = file.split("/").pop() ?? file;
    const title = (isRecord(entry) ? firstString(entry, ["title", "label", "description"]) : undefined) ?? fileName;
    samples.push({ url: file.includes("/") ? file : `assets/samples/${file}`, title, fileName });
  }
  return samples;
}

export async function fetchSample(sample: Sample): Promise<Uint8Array> {
  const response = await fetch(sample.url, { credentials: "same-origin" });
  if (!response.ok) throw new Error(`The sample “${sample.title}” could not be loaded (HTTP ${response.status}).`);
  return new Uint8Array(await response.arrayBuffer());
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function firstString(entry: Record<string, unknown>, keys: string[]): string | undefined {
  for (const key of keys) {
    const value = entry[key];
    if (typeof value === "string" && value.trim() !== "") return value;
  }
  return undefined;
}
