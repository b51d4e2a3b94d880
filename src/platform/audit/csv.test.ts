import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvCell } from "./csv.ts";

describe("csvCell", () => {
  it.each([
    ["=SUM(A1)", `"'=SUM(A1)"`],
    ["+44 1733", `"'+44 1733"`],
    ["-1", `"'-1"`],
    ["@cmd", `"'@cmd"`],
    ['say "hi"', `"say ""hi"""`],
    ["plain", "plain"],
  ])("makes %s safe", (input, output) => {
    expect(csvCell(input)).toBe(output);
  });

  it("never lets a cell start with a formula character once a spreadsheet unquotes it", () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const cell = csvCell(value);
        const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replaceAll('""', '"') : cell;
        expect(/^[=+\-@\t\r]/.test(unquoted)).toBe(false);
      }),
      { numRuns: 5000 },
    );
  });
});
