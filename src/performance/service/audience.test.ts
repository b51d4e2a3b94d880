import { describe, expect, it } from "vitest";
import type { StoredValue } from "../series/series-repo.ts";
import { audienceMonths, showFigure } from "./audience.ts";
import { teamRows } from "./indicator-page.ts";

const value = (teamName: string, numerator: number, denominator: number | null): StoredValue => ({
  indicatorId: "x",
  definitionVersion: 1,
  series: "month",
  periodStart: "2012-01-01",
  periodEnd: "2012-01-31",
  teamName,
  numerator,
  denominator,
  value: denominator === null ? numerator : Math.round((1000 * numerator) / denominator) / 10,
  excludedCount: 0,
});
const observer = { suppressed: true, canDrillDown: false };
const board = { suppressed: false, canDrillDown: false };

describe("showFigure", () => {
  it("withholds counts of 1 to 5 and percentages resting on them, for suppressed audiences only", () => {
    expect(showFigure({ numerator: 3, denominator: null, value: 3 }, true).value).toBe("c");
    expect(showFigure({ numerator: 0, denominator: null, value: 0 }, true).value).toBe(0);
    expect(showFigure({ numerator: 37, denominator: 40, value: 92.5 }, true)).toEqual({
      numerator: "c",
      denominator: 40,
      value: "c",
      withheld: true,
    });
    expect(showFigure({ numerator: 30, denominator: 40, value: 75 }, true).value).toBe(75);
    expect(showFigure({ numerator: 3, denominator: null, value: 3 }, false).value).toBe(3);
  });

  it("blanks withheld months before any statistic is computed from them", () => {
    const months = audienceMonths(
      [{ month: "2012-01-01", periodEnd: "2012-01-31", numerator: 2, denominator: null, value: 2 }],
      true,
    );
    expect(months[0]).toMatchObject({ value: null, suppressed: true });
  });
});

describe("team rows for a suppressed audience", () => {
  it("hides a second team so the first cannot be found by subtraction from the total", () => {
    const council = value("", 30, null);
    const rows = teamRows(
      [value("North", 3, null), value("South", 12, null), value("West", 15, null)],
      council,
      observer,
    );
    expect(rows.map((r) => r.numerator)).toEqual(["c", "c", 15]);
  });

  it("shows every team to the Board", () => {
    const council = value("", 30, null);
    const rows = teamRows([value("North", 3, null), value("South", 27, null)], council, board);
    expect(rows.map((r) => r.numerator)).toEqual([3, 27]);
  });

  it("withholds a percentage whose team numerator or complement is small, and one more to protect it", () => {
    const council = value("", 60, 80);
    const rows = teamRows(
      [value("North", 18, 20), value("South", 22, 30), value("West", 20, 30)],
      council,
      observer,
    );
    expect(rows[0]?.value).toBe("c");
    expect(rows.filter((r) => r.value === "c").length).toBeGreaterThanOrEqual(2);
  });
});
