import { oneLine } from "./text";

/**
 * The few words that name what a question or label asks about, for a gap's one-line label in the task pane
 * ("Name of controller", "Describe the nature of the processing", "Data Storage"). Forms lead with a topic and then
 * explain it ("1.1 Data Storage: Where will the data be stored?", "Describe the scope of the processing: what is the
 * nature of the data, …"): the topic is kept, the explanation, list numbers, asterisks of required fields and
 * parentheses dropped. A long sentence is cut only at a clause boundary (a comma or semicolon), never inside a
 * clause, so the label is always the document's own words; when no boundary makes it short, it stays whole and
 * wraps (the pane shows the full message when the item is opened).
 */

/** Beyond this many characters a subject is cut at the first clause boundary, when it has one. */
const LONG = 56;
/** A clause shorter than this does not name anything on its own ("Yes, …"). */
const SHORTEST_CLAUSE = 12;

const NUMBERING = /^(?:\d+(?:\.\d+)*[.)]?|\(?[a-z]\)|[a-z]\.|[ivx]+[.)])\s+/i;
const PARENTHESES = /\s*\([^()]*\)/g;

function tidy(text: string): string {
  return text
    .replace(/…$/, "")
    .replace(/[\s:*;,–—-]+$/, "")
    .trim();
}

export function subjectOf(question: string): string {
  let text = oneLine(question).replace(NUMBERING, "").replace(PARENTHESES, "").replace(/\*/g, "");
  text = oneLine(text);
  // "Topic: what it means" → the topic, when something follows the colon and the topic names something.
  const colon = text.indexOf(": ");
  if (colon >= 2 && /\w/.test(text.slice(colon + 1))) text = text.slice(0, colon);
  // The first sentence: a question ends at its question mark, a statement at its full stop.
  const end = /[?](?=\s|$)|\.(?=\s+[A-Z])/.exec(text);
  if (end) text = text.slice(0, end.index + (end[0] === "?" ? 1 : 0));
  text = tidy(text);
  if (text.length > LONG) {
    const clause = /[,;]\s|\s[–—-]\s/g;
    for (let m = clause.exec(text); m; m = clause.exec(text)) {
      if (m.index >= SHORTEST_CLAUSE) {
        text = tidy(text.slice(0, m.index));
        break;
      }
    }
  }
  return text;
}
