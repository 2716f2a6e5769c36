import type { Ref } from "../core/model";
import { hitsFor, planSearch, queueSearch, rangeFromHits } from "./locate";
import { describeRef, DocumentHandles, needsFor, resolveTarget } from "./targets";

/** The place a finding names is gone (the document changed since the scan). */
export class TargetMissingError extends Error {
  constructor(readonly ref: Ref) {
    super(`The document no longer has ${describeRef(ref)}; scan again.`);
    this.name = "TargetMissingError";
  }
}

/**
 * Selects the place a finding names (Word scrolls the selection into view): the text concerned when it
 * is still inside the target, else the whole paragraph or cell. Three syncs.
 */
export async function goTo(context: Word.RequestContext, ref: Ref, text?: string): Promise<void> {
  const handles = new DocumentHandles(context, needsFor([ref]));
  await context.sync();
  const target = resolveTarget(handles, ref);
  if (!target) throw new TargetMissingError(ref);
  const plan = text ? planSearch(text) : null;
  const results = plan ? queueSearch(target.container, plan) : undefined;
  await context.sync();
  const current = target.text();
  if (current === undefined) throw new TargetMissingError(ref);
  const hits = plan && results && text ? hitsFor(current, text, 0, plan) : null;
  // A hit that does not read as the text (see rangeFromHits) is not selected: the whole place is, which is never wrong.
  const range = hits && results && plan ? rangeFromHits(results, hits, current, plan) : null;
  if (range) range.select();
  else target.container.select();
  await context.sync();
}
