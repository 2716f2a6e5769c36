/** A corpus document written with the fixture builder: built in memory, deterministic (fixed zip dates). */
import { buildDocxWith, type BlockSpec } from "../fixtures/docx-builder";
import type { CorpusDocument, CorpusExpectations } from "./types";

export interface BuiltSpec {
  name: string;
  group: string;
  blocks: BlockSpec[];
  expectations: Partial<CorpusExpectations> & Pick<CorpusExpectations, "gaps">;
  options?: CorpusDocument["options"];
}

export function built(spec: BuiltSpec): CorpusDocument {
  return {
    name: spec.name,
    group: spec.group,
    origin: "built",
    load: () => buildDocxWith({ title: spec.name }, spec.blocks),
    expectations: { mustNotReport: [], acceptable: [], ...spec.expectations },
    options: spec.options,
    quotesChecked: true,
  };
}
