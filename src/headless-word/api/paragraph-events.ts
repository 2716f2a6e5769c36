/**
 * WordApi 1.6 paragraph identity and events: `Paragraph.uniqueLocalId`, `Document.getParagraphByUniqueLocalId`,
 * `Document.onParagraphAdded / onParagraphChanged / onParagraphDeleted`.
 *
 * Ids: a GUID (8-4-4-4-12, no braces) per paragraph, made on first use and kept for the session only; nothing is
 * written into the document ("differs across sessions and coauthors", word.paragraph#uniquelocalid).
 *
 * Events: the reference says they occur when "the user" edits; Microsoft's samples raise them by inserting through
 * the API (office-js-snippets samples/word/25-paragraph/onadded-event.yaml), and headless-word raises them for
 * every edit made through it (the only edits it has).
 * They are worked out after each sync that ran anything but loads and lookups, by comparing every paragraph's
 * text and style with what they were after the previous such sync: a paragraph element not seen before is added,
 * one gone is deleted, one whose text or paragraph style differs is changed. Delivery is asynchronous — on a later
 * task, never inside the sync or the call that made the edit (the stricter reading: Word's events come from the
 * host, after the fact) — added, then changed, then deleted, one call per kind with every id of that kind.
 * Formatting of runs (bold, highlight) raises nothing here; Word desktop raises onParagraphChanged for it
 * (office-js #6770), so consumers must expect a change that leaves the text as it was.
 */
import { paragraphsIn } from "../../docx/ooxml/structure";
import { paragraphText } from "../../docx/ooxml/text";
import { wAttr, wChild, wPath, type XmlElement } from "../../docx/xml";
import type { Session } from "./session";

export type ParagraphEventType = "ParagraphAdded" | "ParagraphChanged" | "ParagraphDeleted";

export interface HeadlessParagraphEventArgs {
  type: ParagraphEventType;
  source: "Local";
  uniqueLocalIds: string[];
}

export type ParagraphHandler = (args: HeadlessParagraphEventArgs) => Promise<unknown>;

/** Per-session ids and event handlers; one per HeadlessDocument. */
export class ParagraphEventHub {
  private readonly ids = new WeakMap<XmlElement, string>();
  private readonly byId = new Map<string, XmlElement>();
  private readonly handlers: Record<ParagraphEventType, Set<ParagraphHandler>> = {
    ParagraphAdded: new Set(),
    ParagraphChanged: new Set(),
    ParagraphDeleted: new Set(),
  };
  /** Each paragraph's text and style after the last editing sync; kept only while a handler is registered. */
  private snapshot: Map<XmlElement, string> | null = null;

  constructor(private readonly session: Session) {}

  /** The paragraph's id, made on first use. */
  idOf(p: XmlElement): string {
    let id = this.ids.get(p);
    if (id === undefined) {
      id = newGuid(this.byId);
      this.ids.set(p, id);
      this.byId.set(id, p);
    }
    return id;
  }

  /** The paragraph with that id while it is in the document's body, else null. */
  find(id: string): XmlElement | null {
    const p = this.byId.get(id);
    if (!p) return null;
    const body = this.body();
    for (let n: XmlElement | null = p; n; n = n.parentNode as XmlElement | null) if (n === body) return p;
    return null;
  }

  add(type: ParagraphEventType, handler: ParagraphHandler): void {
    if (!this.listening()) this.snapshot = this.take();
    this.handlers[type].add(handler);
  }

  remove(type: ParagraphEventType, handler: ParagraphHandler): void {
    this.handlers[type].delete(handler);
    if (!this.listening()) this.snapshot = null;
  }

  /** Called by every sync that ran an action other than a load (whether or not it then failed). */
  afterEdit(): void {
    const before = this.snapshot;
    if (!before || !this.listening()) return;
    const after = this.take();
    this.snapshot = after;
    const added: string[] = [];
    const changed: string[] = [];
    const deleted: string[] = [];
    for (const [p, key] of after) {
      const was = before.get(p);
      if (was === undefined) added.push(this.idOf(p));
      else if (was !== key) changed.push(this.idOf(p));
    }
    for (const p of before.keys()) if (!after.has(p)) deleted.push(this.idOf(p));
    const batches: Array<[ParagraphEventType, string[]]> = [
      ["ParagraphAdded", added],
      ["ParagraphChanged", changed],
      ["ParagraphDeleted", deleted],
    ];
    const due = batches.filter(([, ids]) => ids.length > 0);
    if (due.length === 0) return;
    setTimeout(() => {
      for (const [type, uniqueLocalIds] of due) {
        for (const handler of [...this.handlers[type]]) {
          // The handler's promise is its own: Word does not wait for it either.
          void handler({ type, source: "Local", uniqueLocalIds: [...uniqueLocalIds] });
        }
      }
    }, 0);
  }

  private listening(): boolean {
    const h = this.handlers;
    return h.ParagraphAdded.size + h.ParagraphChanged.size + h.ParagraphDeleted.size > 0;
  }

  private body(): XmlElement | null {
    const root = this.session.pkg.xml(this.session.pkg.mainPart).documentElement as unknown as XmlElement;
    return wChild(root, "body") ?? null;
  }

  private take(): Map<XmlElement, string> {
    const body = this.body();
    const map = new Map<XmlElement, string>();
    if (!body) return map;
    for (const p of paragraphsIn(body)) {
      map.set(p, `${wAttr(wPath(p, "pPr", "pStyle"), "val") ?? ""}\u0000${paragraphText(p)}`);
    }
    return map;
  }
}

/** A random GUID in Word's form (8-4-4-4-12 hex digits, version 4), unique within the session. */
function newGuid(taken: ReadonlyMap<string, unknown>): string {
  for (;;) {
    const hex = Array.from({ length: 32 }, () => Math.floor(Math.random() * 16).toString(16));
    hex[12] = "4";
    hex[16] = "89ab"[Math.floor(Math.random() * 4)]!;
    const s = hex.join("").toUpperCase();
    const id = `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
    if (!taken.has(id)) return id;
  }
}
