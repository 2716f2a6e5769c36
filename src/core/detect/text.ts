/**
 * Small text helpers shared by the detectors and recognisers. Documents come from Word, so text may hold
 * non-breaking spaces, vertical tabs, curly quotes and bullets typed as characters.
 */

/**
 * Bounded memo for the pure helpers below: the checks ask about the same paragraph and cell texts many times
 * per scan (NFKC and the whitespace regexes were ~10% of a 500-page scan). Cleared when full so that memory
 * stays flat on a 2,000-page document or a long batch.
 */
const memoCaches: (() => void)[] = [];

/** Empties every memo of memoText: analyze() calls it when done, so a scan's texts are not kept alive after it. */
export function clearTextMemos(): void {
  for (const clear of memoCaches) clear();
}

type Memo<T> = ((text: string) => T) & { remember(text: string, value: T): void };

export function memoText<T>(fn: (text: string) => T, limit = 100_000): Memo<T> {
  let cache = new Map<string, T>();
  memoCaches.push(() => {
    cache = new Map();
  });
  const remember = (text: string, value: T): void => {
    if (cache.size >= limit) cache = new Map();
    cache.set(text, value);
  };
  const memo = (text: string): T => {
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) return hit as T;
    const value = fn(text);
    remember(text, value);
    return value;
  };
  return Object.assign(memo, { remember });
}

const normaliseMemo = memoText(normaliseUncached);

/** Lower case, typographic quotes folded, whitespace collapsed, trimmed. */
export function normalise(text: string): string {
  return normaliseMemo(text);
}

function normaliseUncached(text: string): string {
  const folded = text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b]/g, "'")
    .replace(/[\u201c\u201d]/g, '"');
  // Most texts are already single-spaced: testing for anything to tidy is far cheaper than replacing.
  return UNTIDY_SPACE.test(folded) ? folded.replace(/[\s\u00a0\u000b]+/g, " ").trim() : folded;
}

/** Whitespace other than single spaces between words: what oneLine changes (\s covers \u00a0 and \v). */
const UNTIDY_SPACE = /[^\S ]|\s\s|^\s|\s$/;

const oneLineMemo = memoText((text: string) =>
  UNTIDY_SPACE.test(text) ? text.replace(/[\s\u00a0\u000b]+/g, " ").trim() : text,
);

/** Collapses whitespace but keeps case, for messages and section titles. */
export function oneLine(text: string): string {
  return oneLineMemo(text);
}

/** Shortens to at most `max` characters on a word boundary. */
export function shorten(text: string, max = 80): string {
  const t = oneLine(text);
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, "")}…`;
}

const BULLET = /^[\s\u00a0]*(?:[-–—•·▪◦●○*]|\d{1,2}[.)]|\([a-z0-9]{1,3}\)|[a-z][.)])[\s\u00a0]+/i;

/** Strips a leading bullet or list number ("• ", "- ", "1. ", "(a) "). */
export function stripBullet(line: string): string {
  return line.replace(BULLET, "").trim();
}

const contentLinesMemo = memoText((text: string): readonly string[] =>
  Object.freeze(
    text
      .split(/\n|\u000b/)
      .map(stripBullet)
      .filter((l) => /[^\s\u00a0]/.test(l)),
  ),
);

/**
 * Non-empty lines of a text, bullets removed. Memoised (the classifiers ask it of every text several times),
 * so the array is shared and frozen.
 */
export function contentLines(text: string): readonly string[] {
  return contentLinesMemo(text);
}

const isBlankMemo = memoText((text: string) => contentLines(text).length === 0);

/** True when there is nothing but whitespace and bullets. */
export function isBlank(text: string): boolean {
  return isBlankMemo(text);
}

/** Words only (letters and digits), lower case. */
export function wordsOf(text: string): string[] {
  return normalise(text)
    .split(/[^a-z0-9']+/)
    .filter(Boolean);
}

/** Text without the characters of check boxes, for comparing what else a cell says. */
export function withoutBoxes(text: string): string {
  return text.replace(/[☐☒☑■□]/g, "");
}
