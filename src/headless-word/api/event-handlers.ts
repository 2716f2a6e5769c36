/**
 * OfficeExtension.EventHandlers / EventHandlerResult for the paragraph events (see paragraph-events.ts). As in
 * Office.js, `add` and `remove` take effect at the next `context.sync()` of the context they were called on
 * (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events: "register … then sync"; the Word samples
 * register and remove the same way, word.paragraphchangedeventargs).
 */
import { ErrorCodes, officeError } from "../errors";
import type { HeadlessContext } from "./client-object";
import type { ParagraphEventType, ParagraphHandler } from "./paragraph-events";

export class HEventHandlers {
  constructor(
    private readonly context: HeadlessContext,
    private readonly type: ParagraphEventType,
  ) {}

  add(handler: ParagraphHandler): HEventHandlerResult {
    if (typeof handler !== "function")
      throw officeError(ErrorCodes.invalidArgument, "The event handler must be a function.", `${this.location}.add`);
    const hub = this.context.session.events;
    this.context.enqueue(`${this.location}.add`, () => hub.add(this.type, handler), true);
    return new HEventHandlerResult(this.context, this.type, handler);
  }

  remove(handler: ParagraphHandler): void {
    const hub = this.context.session.events;
    this.context.enqueue(`${this.location}.remove`, () => hub.remove(this.type, handler), true);
  }

  private get location(): string {
    return `Document.on${this.type}`;
  }
}

export class HEventHandlerResult {
  constructor(
    readonly context: HeadlessContext,
    private readonly type: ParagraphEventType,
    private readonly handler: ParagraphHandler,
  ) {}

  remove(): void {
    const hub = this.context.session.events;
    this.context.enqueue(`Document.on${this.type}.remove`, () => hub.remove(this.type, this.handler), true);
  }
}
