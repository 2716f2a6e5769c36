import { SaxesParser } from "saxes";
import { XCData, XComment, XDocument, XElement, XProcessingInstruction, XText, type XAttr, type XNode } from "./nodes";

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

const XML_NS = "http://www.w3.org/XML/1998/namespace";
const XMLNS_NS = "http://www.w3.org/2000/xmlns/";

interface QName {
  name: string;
  prefix: string;
  local: string;
}

/** prefix → namespace URI in scope ("" is the default namespace). Shared until an element declares something. */
type Scope = Map<string, string>;

function build(source: string, position: boolean, knownStrings: readonly string[]): XDocument {
  const doc = new XDocument();
  doc.prolog = PROLOG.exec(source)?.[0] ?? "";
  // Names repeat hundreds of thousands of times in a big part: each distinct name is split and stored once,
  // which saves memory on every element. Namespace URIs become the caller's own constants (knownStrings), so
  // that comparing a node's namespace with a constant is a pointer test, not a 60-character comparison.
  const uris = new Map<string, string>(knownStrings.map((k) => [k, k]));
  const internUri = (uri: string): string => {
    const known = uris.get(uri);
    if (known !== undefined) return known;
    uris.set(uri, uri);
    return uri;
  };
  const qnames = new Map<string, QName>();
  const qnameOf = (name: string): QName => {
    let q = qnames.get(name);
    if (!q) {
      const colon = name.indexOf(":");
      q =
        colon < 0
          ? { name, prefix: "", local: name }
          : { name, prefix: name.slice(0, colon), local: name.slice(colon + 1) };
      qnames.set(name, q);
    }
    return q;
  };
  const resolve = (scope: Scope, prefix: string): string | undefined => {
    const uri = scope.get(prefix);
    if (uri === undefined && prefix) throw new Error(`unbound namespace prefix: "${prefix}".`);
    return uri;
  };

  // Namespaces are resolved here rather than by saxes: the same checks (an unbound prefix is an error), with
  // attribute objects made once, in the shape the tree keeps.
  const scopes: Scope[] = [new Map([["xml", XML_NS]])];
  let current: XNode = doc;
  let rootSeen = false;
  const parser = new SaxesParser({ position });
  parser.on("opentag", (tag) => {
    const parentScope = scopes[scopes.length - 1];
    let scope = parentScope;
    const raw = tag.attributes as Record<string, string>;
    const attrs: XAttr[] = [];
    for (const name in raw) {
      const q = qnameOf(name);
      const value = raw[name];
      if (q.prefix === "xmlns" || name === "xmlns") {
        if (scope === parentScope) scope = new Map(parentScope);
        scope.set(q.prefix ? q.local : "", internUri(value));
      }
      attrs.push({ name: q.name, prefix: q.prefix, local: q.local, uri: "", value });
    }
    for (const a of attrs) {
      if (a.prefix === "xmlns" || a.name === "xmlns") a.uri = XMLNS_NS;
      else if (a.prefix) a.uri = resolve(scope, a.prefix)!;
    }
    const q = qnameOf(tag.name);
    const element = new XElement(
      doc,
      q.name,
      q.prefix || null,
      q.local,
      resolve(scope, q.prefix) || null,
      attrs.length ? attrs : undefined,
    );
    scopes.push(scope);
    current.appendChild(element);
    current = element;
    rootSeen = true;
  });
  parser.on("closetag", () => {
    scopes.pop();
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
