import { describe, expect, it } from "vitest";
import { getDefinition } from "../indicators/definitions.ts";
import { assessIndicator, type MonthValue } from "./assess.ts";

const definition = getDefinition("initial_assessments_10wd");
const month = (m: string, value: number | null, suppressed = false): MonthValue => ({
  month: `${m}-01`,
  periodEnd: `${m}-28`,
  numerator: value ?? 0,
  denominator: 100,
  value,
  ...(suppressed ? { suppressed } : {}),
});
const series = [
  "2011-07",
  "2011-08",
  "2011-09",
  "2011-10",
  "2011-11",
  "2011-12",
  "2012-01",
  "2012-02",
  "2012-03",
  "2012-04",
  "2012-05",
  "2012-06",
  "2012-07",
].map((m, i) => month(m, 50 + i * 2));
const target = {
  indicatorId: "initial_assessments_10wd" as const,
  steps: [{ from: "2012-06-01", value: 80 }],
  tolerance: { kind: "points" as const, amount: 5 },
  targetDate: "2013-03-31",
};

describe("assessIndicator", () => {
  it("rates the latest month, compares with the month before and a year earlier, and projects", () => {
    const status = assessIndicator({ definition, months: series, target, changePoints: [] });
    expect(status.month).toBe("2012-07-01");
    expect(status.rag).toEqual({
      status: "red",
      reason: "Red: 74.0% is 6.0 points below the 80% target, beyond the 5-point tolerance",
    });
    expect(status.sincePreviousPeriod.direction).toBe("improving");
    expect(status.sinceYearEarlier.direction).toBe("improving");
    expect(status.projection?.targetDate).toBe("2013-03-31");
    expect(status.exceptionReasons[0]).toBe(status.rag.reason);
    expect(status.sparkline).toHaveLength(13);
  });

  it("assesses as at an earlier month using only the months up to it", () => {
    const status = assessIndicator({
      definition,
      months: series,
      target,
      changePoints: [],
      asAt: "2012-03-01",
    });
    expect(status.current?.value).toBe(66);
    expect(status.rag.status).toBe("no_target");
  });

  it("withholds a suppressed month's figure and says why, instead of 'no data'", () => {
    const months = [...series.slice(0, -1), month("2012-07", null, true)];
    const status = assessIndicator({ definition, months, target, changePoints: [] });
    expect(status.rag.status).toBe("suppressed");
    expect(status.rag.reason).toMatch(/^Withheld: .*1 to 5 children/);
    expect(status.sincePreviousPeriod.reason).toBe(status.rag.reason);
    expect(status.exceptionReasons).not.toContain(status.rag.reason);
  });
});
