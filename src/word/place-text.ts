import type { Ref } from "../core/model";
import { DocumentHandles, needsFor, resolveTarget } from "./targets";

/**
 * The text of one paragraph or table cell as Word reads it (two syncs: the collection, then the place), or
 * undefined when the document has no such place. The playground reads it before letting the user type there, to
 * be sure the element on screen is the place in the document.
 */
export async function readPlaceText(context: Word.RequestContext, ref: Ref): Promise<string | undefined> {
  const handles = new DocumentHandles(context, needsFor([ref]));
  await context.sync();
  const target = resolveTarget(handles, ref);
  if (!target) return undefined;
  await context.sync();
  return target.text();
}
