import { XCData, XComment, XDocument, XElement, XProcessingInstruction, XText, type XNode } from "./nodes";

const XMLNS = "http://www.w3.org/2000/xmlns/";
const XML = "http://www.w3.org/XML/1998/namespace";

function escapeText(text: string): string {
  return /[&<>]/.test(text) ? text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;") : text;
}

/** Attribute values also escape quotes and the whitespace characters a parser would otherwise normalise. */
function escapeAttr(value: string): string {
  return /[&<>"\t\n\r]/.test(value)
    ? value
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/>/g, "&gt;")
        .replace(/"/g, "&quot;")
        .replace(/\t/g, "&#9;")
        .replace(/\n/g, "&#10;")
        .replace(/\r/g, "&#13;")
    : value;
}

/** In-scope prefix → namespace bindings; a child scope is only copied when an element declares something. */
type Scope = ReadonlyMap<string, string>;

/**
 * Writes the document back as XML: the verbatim prolog, then the tree. Elements and attributes created in
 * code may use a prefix their part never declared (a w14 check box in an older document): the declaration
 * is added on the element that needs it, so the output is always namespace-well-formed.
 */
export function serializeDocument(doc: XDocument): string {
  const out: string[] = [doc.prolog];
  const scope: Scope = new Map([["xml", XML]]);
  for (let n: XNode | null = doc.firstChild; n; n = n.nextSibling) write(n, scope, out);
  return out.join("");
}

/**
 * One element and its subtree, outside its document: every prefix it uses is declared on the element that first
 * needs it, except those `bindings` (prefix → namespace) says are declared around it already.
 */
export function serializeElement(el: XElement, bindings: ReadonlyMap<string, string> = new Map()): string {
  const out: string[] = [];
  writeElement(el, new Map([["xml", XML], ...bindings]), out);
  return out.join("");
}

function write(node: XNode, scope: Scope, out: string[]): void {
  if (node instanceof XElement) writeElement(node, scope, out);
  else if (node instanceof XCData) out.push(`<![CDATA[${node.data.replace(/]]>/g, "]]]]><![CDATA[>")}]]>`);
  else if (node instanceof XText) out.push(escapeText(node.data));
  else if (node instanceof XComment) out.push(`<!--${node.data}-->`);
  else if (node instanceof XProcessingInstruction) out.push(`<?${node.target}${node.data ? " " + node.data : ""}?>`);
}

function writeElement(el: XElement, parentScope: Scope, out: string[]): void {
  let scope = parentScope;
  const declare = (prefix: string, uri: string): void => {
    if (scope === parentScope) scope = new Map(parentScope);
    (scope as Map<string, string>).set(prefix, uri);
  };
  // The element's own declarations first, so that the checks below see them.
  for (const a of el.attrs) {
    if (a.prefix === "xmlns") declare(a.local, a.value);
    else if (a.name === "xmlns") declare("", a.value);
  }
  const missing: string[] = [];
  const need = (prefix: string, uri: string): void => {
    if (uri === XMLNS || scope.get(prefix) === uri) return;
    declare(prefix, uri);
    missing.push(prefix ? ` xmlns:${prefix}="${escapeAttr(uri)}"` : ` xmlns="${escapeAttr(uri)}"`);
  };
  if (el.namespaceURI) need(el.prefix ?? "", el.namespaceURI);
  else if (!el.prefix && scope.get("")) need("", ""); // an unqualified element inside a default namespace
  for (const a of el.attrs) if (a.prefix && a.prefix !== "xmlns" && a.uri) need(a.prefix, a.uri);

  out.push("<", el.tagName);
  for (const a of el.attrs) out.push(" ", a.name, '="', escapeAttr(a.value), '"');
  for (const m of missing) out.push(m);
  if (!el.firstChild) {
    out.push("/>");
    return;
  }
  out.push(">");
  for (let n: XNode | null = el.firstChild; n; n = n.nextSibling) write(n, scope, out);
  out.push("</", el.tagName, ">");
}
