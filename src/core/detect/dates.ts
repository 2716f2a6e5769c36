import { memoText } from "./text";

/**
 * Dates as people write them in review rows: "2025", "April 2024", "31/3/2022", "10.12.24", "11 th May 2018",
 * "2024-04-30", "May 18". A date written with less precision covers a period ("2025" is the whole year),
 * and a review is overdue only when the whole period is past.
 */

export interface ParsedDate {
  /** First and last day of the period the text names, as ISO dates. */
  start: string;
  end: string;
  /** The characters that were read as the date. */
  raw: string;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

function monthIndex(word: string): number {
  const w = word.toLowerCase().slice(0, 3);
  return MONTHS.indexOf(w);
}

function fullYear(y: number): number {
  return y < 100 ? 2000 + y : y;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function valid(year: number, month: number, day: number): boolean {
  return year >= 1990 && year <= 2100 && month >= 0 && month < 12 && day >= 1 && day <= daysIn(year, month);
}

function day(year: number, month: number, d: number, raw: string): ParsedDate | undefined {
  if (!valid(year, month, d)) return undefined;
  const s = iso(year, month, d);
  return { start: s, end: s, raw };
}

function monthPeriod(year: number, month: number, raw: string): ParsedDate | undefined {
  if (!valid(year, month, 1)) return undefined;
  return { start: iso(year, month, 1), end: iso(year, month, daysIn(year, month)), raw };
}

const MONTH_WORD =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

const RULES: { re: RegExp; read: (m: RegExpExecArray) => ParsedDate | undefined }[] = [
  { re: /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/, read: (m) => day(+m[1], +m[2] - 1, +m[3], m[0]) },
  // UK order: day/month/year with "/", "." or "-".
  {
    re: /\b(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}|\d{2})\b/,
    read: (m) => day(fullYear(+m[3]), +m[2] - 1, +m[1], m[0]),
  },
  {
    re: new RegExp(`\\b(\\d{1,2})\\s*(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_WORD}\\.?,?\\s+(\\d{4}|\\d{2})\\b`, "i"),
    read: (m) => day(fullYear(+m[3]), monthIndex(m[2]), +m[1], m[0]),
  },
  {
    re: new RegExp(`\\b${MONTH_WORD}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, "i"),
    read: (m) => day(+m[3], monthIndex(m[1]), +m[2], m[0]),
  },
  {
    re: new RegExp(`\\b${MONTH_WORD}\\.?,?\\s+(\\d{4}|'?\\d{2})\\b`, "i"),
    read: (m) => monthPeriod(fullYear(+m[2].replace("'", "")), monthIndex(m[1]), m[0]),
  },
  { re: /\b(\d{1,2})\s*[/.-]\s*(\d{4})\b/, read: (m) => monthPeriod(+m[2], +m[1] - 1, m[0]) },
  {
    re: /\b(19\d{2}|20\d{2})\b/,
    read: (m) => ({ start: iso(+m[1], 0, 1), end: iso(+m[1], 11, 31), raw: m[0] }),
  },
];

/** The first date in the text, or undefined when there is none. Memoised by the text (the result is frozen). */
export function parseDate(text: string): Readonly<ParsedDate> | undefined {
  return parseDateMemo(text);
}

const parseDateMemo = memoText((text: string): Readonly<ParsedDate> | undefined => {
  const t = text.replace(/[\u00a0\u000b]/g, " ");
  for (const rule of RULES) {
    const m = rule.re.exec(t);
    if (!m) continue;
    const parsed = rule.read(m);
    if (parsed) return Object.freeze(parsed);
  }
  return undefined;
});

/** True when the whole period the date names lies before `today` (ISO YYYY-MM-DD). */
export function isPast(date: ParsedDate, today: string): boolean {
  return date.end < today;
}

/** True when the text holds something read as a date. */
export function hasDate(text: string): boolean {
  return parseDate(text) !== undefined;
}
