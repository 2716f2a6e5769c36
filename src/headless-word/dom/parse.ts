import { SaxesParser, type SaxesTagNS } from "saxes";
import { XCData, XComment, XDocument, XElement, XProcessingInstruction, XText, type XNode } from "./nodes";

/** XML that is not well-formed (or not namespace-well-formed); the message names the first fault and where. */
export class XmlSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "XmlSyntaxError";
  }
}

/** The XML declaration, comments and whitespace before the root element, kept verbatim for saving. */
const PROLOG = /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->)*/;

/**
 * Parses a whole part into an XDocument with saxes, a strict, namespace-aware streaming parser: it rejects
 * what is not well-formed, and builds no DOM of its own, so the only tree is ours. Callers refuse DOCTYPEs
 * before parsing (saxes never expands external entities, but a .docx has no use for a DTD at all).
 */
export function parseDocument(text: string, knownStrings: readonly string[] = []): XDocument {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return build(source, false, knownStrings);
  } catch (error) {
    if (!(error instanceof Error)) throw error;
    // Positions cost time on every character; they are only worth it for the message of a broken part.
    try {
      build(source, true, knownStrings);
    } catch (located) {
      if (located instanceof Error) throw new XmlSyntaxError(firstLine(located.message));
    }
    throw new XmlSyntaxError(firstLine(error.message));
  }
}

function firstLine(message: string): string {
  return message.split("\n")[0];
}

function build(source: string, position: boolean, knownStrings: readonly string[]): XDocument {
  const doc = new XDocument();
  doc.prolog = PROLOG.exec(source)?.[0] ?? "";
  // Names repeat hundreds of thousands of times in a big part: one string each saves memory on every element.
  // Namespace URIs become the caller's own constants (knownStrings), so that comparing a node's namespace with
  // a constant is a pointer test rather than a 60-character string comparison on every node of every walk.
  const names = new Map<string, string>(knownStrings.map((k) => [k, k]));
  const intern = (s: string): string => {
    const known = names.get(s);
    if (known !== undefined) return known;
    names.set(s, s);
    return s;
  };
  // saxes hands out the same string object for every use of one namespace binding: remember the last one.
  let lastUri = "";
  let lastInterned = "";
  const internUri = (uri: string): string => {
    if (uri !== lastUri) {
      lastUri = uri;
      lastInterned = intern(uri);
    }
    return lastInterned;
  };

  let current: XNode = doc;
  let rootSeen = false;
  const parser = new SaxesParser({ xmlns: true, position });
  parser.on("opentag", (tag: SaxesTagNS) => {
    const attrs = Object.values(tag.attributes);
    for (const a of attrs) {
      a.name = intern(a.name);
      a.local = intern(a.local);
      a.prefix = intern(a.prefix);
      a.uri = internUri(a.uri);
    }
    const element = new XElement(
      doc,
      intern(tag.name),
      tag.prefix ? intern(tag.prefix) : null,
      intern(tag.local),
      tag.uri ? internUri(tag.uri) : null,
      attrs.length ? attrs : undefined,
    );
    current.appendChild(element);
    current = element;
    rootSeen = true;
  });
  parser.on("closetag", () => {
    current = current.parentNode ?? doc;
  });
  parser.on("text", (data) => {
    if (current !== doc) current.appendChild(new XText(doc, data));
  });
  parser.on("cdata", (data) => {
    current.appendChild(new XCData(doc, data));
  });
  // Before the root, comments and processing instructions are part of the verbatim prolog.
  parser.on("comment", (data) => {
    if (rootSeen) current.appendChild(new XComment(doc, data));
  });
  parser.on("processinginstruction", ({ target, body }) => {
    if (rootSeen) current.appendChild(new XProcessingInstruction(doc, target, body));
  });
  parser.write(source).close();
  if (!doc.documentElement) throw new Error("the part has no root element");
  return doc;
}
