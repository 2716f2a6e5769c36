import { readFile } from "node:fs/promises";
import type { AnswerChoice } from "./args";

/** The answers file is not what `fill --answers` takes; its message says what is wrong, in one line. */
export class AnswersFileError extends Error {
  override readonly name = "AnswersFileError";
}

/** Reads `[{ "id", "label" } | { "id", "text" }]` (DESIGN.md § Contracts → CLI). */
export async function readAnswersFile(path: string): Promise<AnswerChoice[]> {
  const text = await readFile(path, "utf8");
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new AnswersFileError(
      `is not JSON (${error instanceof Error ? error.message.split("\n")[0] : "parse error"})`,
    );
  }
  if (!Array.isArray(data)) throw new AnswersFileError('must be a JSON list of { "id", "label" } or { "id", "text" }');
  return data.map((entry: unknown, i) => {
    const item = entry as Record<string, unknown> | null;
    const where = `entry ${i + 1}`;
    if (!item || typeof item !== "object" || typeof item.id !== "string" || item.id.trim() === "")
      throw new AnswersFileError(`${where} needs an "id" (a finding id from check --json)`);
    const hasLabel = typeof item.label === "string" && item.label.trim() !== "";
    const hasText = typeof item.text === "string" && item.text.trim() !== "";
    if (hasLabel === hasText)
      throw new AnswersFileError(`${where} needs exactly one of "label" (a guided answer) or "text" (non-empty)`);
    return hasLabel
      ? { id: item.id.trim(), label: (item.label as string).trim() }
      : { id: item.id.trim(), text: item.text as string };
  });
}
