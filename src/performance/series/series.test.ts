import { describe, expect, it } from "vitest";
import type { IndicatorResult } from "../indicators/types.ts";
import { childOfKey } from "./child-of-key.ts";
import { seriesPeriods } from "./series-periods.ts";
import { breakdown, indexAllocations, NOT_ALLOCATED, teamOf } from "./team-breakdown.ts";

describe("childOfKey", () => {
  it("takes the child id from every key shape, even one holding a colon", () => {
    expect(childOfKey("referral:PB000123:2012-03-02")).toBe("PB000123");
    expect(childOfKey("assessment:PB000123:2012-03-02:initial")).toBe("PB000123");
    expect(childOfKey("child:PB000123")).toBe("PB000123");
    expect(childOfKey("cp_plan:A:B:2012-03-02")).toBe("A:B");
    expect(childOfKey("nonsense")).toBeNull();
  });
});

describe("seriesPeriods", () => {
  it("gives each month with its financial year to date and rolling 12 months", () => {
    const periods = seriesPeriods("2012-02-01", "2012-04-30");
    expect(periods).toHaveLength(9);
    expect(periods.filter((p) => p.series === "ytd").map((p) => `${p.from}..${p.to}`)).toEqual([
      "2011-04-01..2012-02-29",
      "2011-04-01..2012-03-31",
      "2012-04-01..2012-04-30",
    ]);
    expect(periods.find((p) => p.series === "rolling12" && p.to === "2012-02-29")?.from).toBe(
      "2011-03-01",
    );
  });
});

describe("team breakdown", () => {
  const result: IndicatorResult = {
    id: "x",
    numerator: 3,
    denominator: 4,
    value: 75,
    numeratorKeys: ["referral:A:2012-01-02", "referral:B:2012-01-03", "referral:C:2012-01-04"],
    denominatorKeys: [
      "referral:A:2012-01-02",
      "referral:B:2012-01-03",
      "referral:C:2012-01-04",
      "referral:D:2012-01-05",
    ],
    excluded: [],
  };
  const allocations = indexAllocations([
    { laChildId: "A", teamName: "North", staffId: null, startDate: "2011-01-01", endDate: null },
    {
      laChildId: "B",
      teamName: "North",
      staffId: null,
      startDate: "2011-01-01",
      endDate: "2011-12-31",
    },
    { laChildId: "B", teamName: "South", staffId: null, startDate: "2012-01-01", endDate: null },
    { laChildId: "D", teamName: "South", staffId: null, startDate: "2012-02-01", endDate: null },
  ]);

  it("counts each record for the team holding the child in the period, and adds up", () => {
    const rows = breakdown(result, teamOf(allocations, { from: "2012-01-01", to: "2012-01-31" }));
    expect(rows).toEqual([
      { group: "North", numerator: 1, denominator: 1, value: 100 },
      { group: "South", numerator: 1, denominator: 1, value: 100 },
      { group: NOT_ALLOCATED, numerator: 1, denominator: 2, value: 50 },
    ]);
    expect(rows.reduce((s, r) => s + r.numerator, 0)).toBe(result.numerator);
    expect(rows.reduce((s, r) => s + (r.denominator ?? 0), 0)).toBe(result.denominator);
  });
});
