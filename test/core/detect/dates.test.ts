import { isPast, parseDate } from "../../../src/core/detect/dates";

describe("parseDate", () => {
  it.each([
    ["2025", "2025-01-01", "2025-12-31"],
    ["April 2024", "2024-04-01", "2024-04-30"],
    ["31/3/2022", "2022-03-31", "2022-03-31"],
    ["10.12.24", "2024-12-10", "2024-12-10"],
    ["11 th May 2018", "2018-05-11", "2018-05-11"],
    ["Issued 1st of February, 2023", "2023-02-01", "2023-02-01"],
    ["March 3, 2021", "2021-03-03", "2021-03-03"],
    ["2024-04-30", "2024-04-30", "2024-04-30"],
    ["Sept 2019", "2019-09-01", "2019-09-30"],
    ["02/2020", "2020-02-01", "2020-02-29"],
  ])("reads %s", (text, start, end) => {
    expect(parseDate(text)).toMatchObject({ start, end });
  });

  it("rejects impossible dates and non-dates", () => {
    expect(parseDate("31/02/2022")?.start).not.toBe("2022-02-31");
    expect(parseDate("to be agreed")).toBeUndefined();
    expect(parseDate("Version 3.0")).toBeUndefined();
  });

  it("is past only when the whole period is", () => {
    expect(isPast(parseDate("2026")!, "2026-11-23")).toBe(false);
    expect(isPast(parseDate("2025")!, "2026-01-01")).toBe(true);
    expect(isPast(parseDate("November 2026")!, "2026-11-23")).toBe(false);
    expect(isPast(parseDate("23/11/2026")!, "2026-11-23")).toBe(false);
  });
});
