import { renderAsync } from "docx-preview";
import type { Ref } from "../core/model";
import { readComments, type DocComment } from "./comments";
import { locate } from "./locate";

export const OUTLINE_CLASS = "pg-outline";

// docx-preview options chosen for safety and for a stable Ref → element mapping:
// - renderAltChunks off: an altChunk is foreign HTML that docx-preview would put in an iframe.
// - breakPages off: page splitting can cut one w:p into two <p>, which would shift paragraph indices.
// - ignoreFonts: embedded fonts would be loaded from blob: URLs; the page fonts are good enough.
const RENDER_OPTIONS = {
  className: "docx",
  inWrapper: true,
  breakPages: false,
  ignoreLastRenderedPageBreak: true,
  ignoreFonts: true,
  renderAltChunks: false,
  renderHeaders: true,
  renderFooters: true,
  renderFootnotes: true,
  renderEndnotes: true,
  renderComments: false,
  renderChanges: false,
  useBase64URL: false,
  experimental: false,
  trimXmlDeclaration: true,
  debug: false,
};

export interface RenderOutcome {
  comments: DocComment[];
}

/**
 * The rendered document on the left of the page. Renders with docx-preview, which builds DOM nodes and sets
 * text with text nodes, so document text is never parsed as HTML. Keeps the scroll position and the
 * "Go to" outline across re-renders.
 */
export class DocumentView {
  private lastRef: Ref | null = null;
  private version = 0;

  constructor(
    private readonly body: HTMLElement,
    private readonly styles: HTMLElement,
  ) {}

  async render(bytes: Uint8Array): Promise<RenderOutcome> {
    const scroller = this.body.parentElement;
    const scrollTop = scroller?.scrollTop ?? 0;
    await renderAsync(bytes, this.body, this.styles, RENDER_OPTIONS);
    if (scroller) scroller.scrollTop = scrollTop;
    if (this.lastRef) this.outline(this.lastRef, false);
    this.version += 1;
    // Tests and assistive tools can tell a finished render from one in progress.
    this.body.dataset.renderVersion = String(this.version);
    return { comments: await readComments(bytes) };
  }

  clear(): void {
    this.lastRef = null;
    this.body.replaceChildren();
    this.styles.replaceChildren();
  }

  /** Scrolls to the place a finding names and outlines it; false when the view has no such element. */
  reveal(ref: Ref): boolean {
    this.lastRef = ref;
    return this.outline(ref, true);
  }

  private outline(ref: Ref, scroll: boolean): boolean {
    for (const old of Array.from(this.body.querySelectorAll(`.${OUTLINE_CLASS}`))) old.classList.remove(OUTLINE_CLASS);
    const target = locate(this.body, ref);
    if (!target) return false;
    target.classList.add(OUTLINE_CLASS);
    if (scroll) target.scrollIntoView({ block: "center", behavior: "auto" });
    return true;
  }
}
