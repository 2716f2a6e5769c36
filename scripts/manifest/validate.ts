/**
 * Offline check of an Office add-in XML manifest for Word: what Office itself would reject (well-formedness,
 * schema element order, Id, Version, string lengths, resource references, https URLs) plus what this project
 * requires (Word host, WordApi requirement set, icons that exist at the declared size).
 *
 * Pure over its inputs except for `fileExists`/`readFile`, which the caller supplies, so tests can check a
 * mutated manifest without touching the repository.
 */
import type { Element } from "@xmldom/xmldom";
import { SEQUENCES, checkSequence } from "./schema-order";
import { ManifestXmlError, child, children, childElements, descendants, localName, parseXml, xsiType } from "./xml";

export interface ManifestProblem {
  rule: string;
  message: string;
}

export interface ValidateOptions {
  /**
   * Maps a URL path under the add-in's base URL (e.g. "assets/icon-16.png", "taskpane.html") to a file on disk
   * that proves it will be served, or undefined when it cannot be resolved.
   */
  resolveLocal(relativePath: string): string | undefined;
  fileExists(path: string): boolean;
  readFile(path: string): Uint8Array;
  /** Built manifests must not point at the development server (https://localhost:3000/). */
  forbidDevServer: boolean;
}

export interface ManifestSummary {
  id: string;
  version: string;
  /** Base URL of the add-in: the task pane's SourceLocation without its file name. */
  baseUrl: string;
  /** Every URL the manifest references, in document order. */
  urls: string[];
}

const DEV_ORIGIN = "https://localhost:3000";
const OFFICE_APP_NS = "http://schemas.microsoft.com/office/appforoffice/1.1";
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VERSION = /^(0|[1-9]\d{0,4})(\.(0|[1-9]\d{0,4})){3}$/;
const CULTURE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const PERMISSIONS = ["Restricted", "ReadDocument", "ReadAllDocument", "WriteDocument", "ReadWriteDocument"];
// Office's documented limits: ShortString 125, LongString 250 characters; resource ids at most 32.
const SHORT = 125;
const LONG = 250;
const RESID = 32;
const URL_ELEMENTS = [
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "SourceLocation",
  "Image",
  "Url",
  "LearnMoreUrl",
];

export function validateManifest(
  xml: string,
  options: ValidateOptions,
): { problems: ManifestProblem[]; summary?: ManifestSummary } {
  const problems: ManifestProblem[] = [];
  const report = (rule: string, message: string): void => {
    problems.push({ rule, message });
  };
  let root: Element;
  try {
    root = parseXml(xml).documentElement as Element;
  } catch (error) {
    if (error instanceof ManifestXmlError) return { problems: [{ rule: "well-formed", message: error.message }] };
    throw error;
  }

  if (localName(root) !== "OfficeApp" || root.namespaceURI !== OFFICE_APP_NS) {
    report("root", `root element must be <OfficeApp xmlns="${OFFICE_APP_NS}">, found <${root.nodeName}>`);
    return { problems };
  }
  if (xsiType(root) !== "TaskPaneApp")
    report("root", `OfficeApp xsi:type must be "TaskPaneApp", found "${xsiType(root)}"`);

  checkOrder(root, report);

  const id = text(child(root, "Id"));
  if (!GUID.test(id)) report("id", `<Id> must be a GUID (8-4-4-4-12 hex digits), found "${id}"`);
  const version = text(child(root, "Version"));
  if (!VERSION.test(version))
    report("version", `<Version> must be four numbers n.n.n.n (each 0-99999), found "${version}"`);
  const locale = text(child(root, "DefaultLocale"));
  if (!CULTURE.test(locale))
    report("locale", `<DefaultLocale> must be a culture name such as en-GB, found "${locale}"`);
  const permission = text(child(root, "Permissions"));
  if (!PERMISSIONS.includes(permission))
    report("permissions", `<Permissions> must be one of ${PERMISSIONS.join(", ")}, found "${permission}"`);

  checkStrings(root, report);
  checkHostAndRequirements(root, report);
  checkResources(root, report);

  const urls = collectUrls(root);
  const source = child(child(root, "DefaultSettings"), "SourceLocation")?.getAttribute("DefaultValue") ?? "";
  const baseUrl = source.replace(/[^/]*$/, "");
  checkUrls(urls, baseUrl, options, report);
  checkIcons(root, baseUrl, options, report);

  return { problems, summary: { id, version, baseUrl, urls: urls.map((u) => u.url) } };
}

function text(element: Element | undefined): string {
  return (element?.textContent ?? "").trim();
}

function checkOrder(root: Element, report: (rule: string, message: string) => void): void {
  const visit = (element: Element): void => {
    const name = localName(element);
    // "Requirements" under OfficeApp and VersionOverrides share a shape; Control is checked for buttons only.
    const slots = name === "Control" && xsiType(element) !== "Button" ? undefined : SEQUENCES[name];
    if (slots) for (const message of checkSequence(element, slots)) report("element-order", message);
    for (const c of childElements(element)) visit(c);
  };
  visit(root);
}

function checkStrings(root: Element, report: (rule: string, message: string) => void): void {
  const limit = (what: string, value: string, max: number): void => {
    if (value.trim() === "") report("string-length", `${what} is empty`);
    else if (value.length > max)
      report("string-length", `${what} is ${value.length} characters; Office allows at most ${max}`);
  };
  limit("<ProviderName>", text(child(root, "ProviderName")), SHORT);
  for (const [name, max] of [
    ["DisplayName", SHORT],
    ["Description", LONG],
  ] as const) {
    const element = child(root, name);
    if (!element) continue;
    limit(`<${name}> DefaultValue`, element.getAttribute("DefaultValue") ?? "", max);
    for (const override of children(element, "Override")) {
      limit(`<${name}> Override (${override.getAttribute("Locale")})`, override.getAttribute("Value") ?? "", max);
    }
  }
  const resources = child(child(root, "VersionOverrides"), "Resources");
  for (const [group, max] of [
    ["ShortStrings", SHORT],
    ["LongStrings", LONG],
  ] as const) {
    for (const s of children(child(resources, group), "String")) {
      limit(`${group} "${s.getAttribute("id")}"`, s.getAttribute("DefaultValue") ?? "", max);
      for (const override of children(s, "Override")) {
        limit(
          `${group} "${s.getAttribute("id")}" (${override.getAttribute("Locale")})`,
          override.getAttribute("Value") ?? "",
          max,
        );
      }
    }
  }
}

function checkHostAndRequirements(root: Element, report: (rule: string, message: string) => void): void {
  const hosts = children(child(root, "Hosts"), "Host").map((h) => h.getAttribute("Name"));
  if (!hosts.includes("Document"))
    report("host", `<Hosts> must contain <Host Name="Document"/> (Word); found ${hosts.join(", ") || "none"}`);
  const sets = children(child(child(root, "Requirements"), "Sets"), "Set");
  const word = sets.find((s) => s.getAttribute("Name") === "WordApi");
  if (!word) report("requirements", `<Requirements><Sets> must declare <Set Name="WordApi" MinVersion="…"/>`);
  else if (!/^\d+\.\d+$/.test(word.getAttribute("MinVersion") ?? "")) {
    report(
      "requirements",
      `WordApi requirement set needs a MinVersion such as 1.3, found "${word.getAttribute("MinVersion") ?? ""}"`,
    );
  }
  const overrides = child(root, "VersionOverrides");
  if (overrides) {
    const types = children(child(overrides, "Hosts"), "Host").map(xsiType);
    if (!types.includes("Document"))
      report("host", `<VersionOverrides><Hosts> must contain <Host xsi:type="Document">`);
  }
}

/** Every resid must name a resource of the right kind, and every resource id must be unique and short enough. */
function checkResources(root: Element, report: (rule: string, message: string) => void): void {
  const overrides = child(root, "VersionOverrides");
  if (!overrides) return;
  const resources = child(overrides, "Resources");
  const ids: Record<string, Set<string>> = {};
  for (const [group, item] of [
    ["Images", "Image"],
    ["Urls", "Url"],
    ["ShortStrings", "String"],
    ["LongStrings", "String"],
  ]) {
    ids[group] = new Set();
    for (const e of children(child(resources, group), item)) {
      const id = e.getAttribute("id") ?? "";
      if (id.length === 0 || id.length > RESID) report("resid", `${group} id "${id}" must be 1-${RESID} characters`);
      if (ids[group].has(id)) report("resid", `${group} id "${id}" is declared twice`);
      ids[group].add(id);
    }
  }
  const expect: Record<string, string> = {
    Image: "Images",
    FunctionFile: "Urls",
    SourceLocation: "Urls",
    LearnMoreUrl: "Urls",
    Label: "ShortStrings",
    Title: "ShortStrings",
    Description: "LongStrings",
  };
  const walk = (element: Element): void => {
    for (const c of childElements(element)) {
      const resid = c.getAttribute("resid");
      if (resid !== null && resid !== "") {
        const group = expect[localName(c)];
        if (group && !ids[group].has(resid))
          report("resid", `<${localName(c)} resid="${resid}"> names no entry in <bt:${group}>`);
      }
      walk(c);
    }
  };
  walk(overrides);
}

interface UrlRef {
  element: string;
  url: string;
}

function collectUrls(root: Element): UrlRef[] {
  const out: UrlRef[] = [];
  const walk = (element: Element): void => {
    for (const c of childElements(element)) {
      const name = localName(c);
      const value = c.getAttribute("DefaultValue");
      if (URL_ELEMENTS.includes(name) && value !== null && value !== "") out.push({ element: name, url: value });
      if (name === "Override" && URL_ELEMENTS.includes(localName(element)))
        out.push({ element: name, url: c.getAttribute("Value") ?? "" });
      walk(c);
    }
  };
  walk(root);
  return out;
}

function checkUrls(
  urls: UrlRef[],
  baseUrl: string,
  options: ValidateOptions,
  report: (rule: string, message: string) => void,
): void {
  if (!/^https:\/\/[^/]+\//.test(baseUrl))
    report("url", `the task pane <SourceLocation> must be an absolute https URL, found "${baseUrl}"`);
  for (const { element, url } of urls) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      report("url", `<${element}> "${url}" is not an absolute URL`);
      continue;
    }
    if (parsed.protocol !== "https:") report("url", `<${element}> "${url}" must use https`);
    if (options.forbidDevServer && parsed.origin === DEV_ORIGIN) {
      report("url", `<${element}> "${url}" points at the development server; build with a host (docs/deployment.md)`);
    }
    if (baseUrl && url.startsWith(baseUrl)) {
      const relative = decodeURIComponent(url.slice(baseUrl.length).replace(/[?#].*$/, ""));
      const file = options.resolveLocal(relative);
      if (!file || !options.fileExists(file))
        report("url", `<${element}> "${url}": "${relative}" is not in the build (${file ?? "no file maps to it"})`);
    }
  }
}

/** PNG width and height from the IHDR chunk, or undefined when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function checkIcons(
  root: Element,
  baseUrl: string,
  options: ValidateOptions,
  report: (rule: string, message: string) => void,
): void {
  const icons: { what: string; url: string; size?: number }[] = [];
  for (const name of ["IconUrl", "HighResolutionIconUrl"]) {
    const url = child(root, name)?.getAttribute("DefaultValue");
    if (url) icons.push({ what: `<${name}>`, url });
    else report("icons", `<${name}> is missing; Office shows a blank square without it`);
  }
  const images = children(child(child(child(root, "VersionOverrides"), "Resources"), "Images"), "Image");
  const sizes = new Map(images.map((i) => [i.getAttribute("id") ?? "", i.getAttribute("DefaultValue") ?? ""]));
  const overrides = child(root, "VersionOverrides");
  if (overrides) {
    for (const image of descendants(overrides, "Image")) {
      const resid = image.getAttribute("resid");
      const size = Number(image.getAttribute("size"));
      if (resid && sizes.has(resid))
        icons.push({ what: `icon "${resid}" (size ${size})`, url: sizes.get(resid) ?? "", size });
    }
  }
  for (const icon of icons) {
    if (!baseUrl || !icon.url.startsWith(baseUrl)) continue; // foreign icons are reported by the URL check
    const file = options.resolveLocal(icon.url.slice(baseUrl.length));
    if (!file || !options.fileExists(file)) continue; // already reported as missing by the URL check
    const dims = pngSize(options.readFile(file));
    if (!dims) report("icons", `${icon.what} ${file} is not a PNG`);
    else if (icon.size !== undefined && (dims.width !== icon.size || dims.height !== icon.size)) {
      report("icons", `${icon.what} ${file} is ${dims.width}x${dims.height} px, declared ${icon.size}`);
    }
  }
}
