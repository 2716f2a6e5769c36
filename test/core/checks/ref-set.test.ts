import { RefSet } from "../../../src/core/checks/utils/ref-set";
import type { Ref } from "../../../src/core/model";

/** RefSet compares places by value, as refKey does: the same cell or paragraph, whatever object names it. */
describe("RefSet", () => {
  const set = new RefSet();
  set.add({ table: 2, row: 10, cell: 3 });
  set.add({ table: 0, row: 0, cell: 62 });
  set.add({ paragraph: 7 });

  const cases: [string, Ref, boolean][] = [
    ["the same cell, another object", { table: 2, row: 10, cell: 3 }, true],
    ["the last column Word allows", { table: 0, row: 0, cell: 62 }, true],
    ["the same paragraph, another object", { paragraph: 7 }, true],
    ["another cell of the row", { table: 2, row: 10, cell: 4 }, false],
    ["the same cell in the next row", { table: 2, row: 11, cell: 3 }, false],
    ["the same cell of another table", { table: 3, row: 10, cell: 3 }, false],
    ["row and cell swapped", { table: 2, row: 3, cell: 10 }, false],
    ["a paragraph with the cell's table number", { paragraph: 2 }, false],
    ["another paragraph", { paragraph: 8 }, false],
    ["a cell numbered like the paragraph", { table: 7, row: 0, cell: 0 }, false],
  ];
  it.each(cases)("%s", (_, ref, expected) => {
    expect(set.has(ref)).toBe(expected);
  });
});
