import { describe, expect, it } from "vitest";
import { yearsEndingIn } from "./health.ts";
import { episode, figure, healthCheck, run } from "./test-fixtures.ts";

const FROM = "2023-04-01";
const TO = "2024-03-31";

// The cohort for 31 March 2024: looked after on 2024-03-31 without a gap since 2023-04-01.
const lacEpisodes = [
  episode("A", "2023-04-01", null, "S"), // exactly the whole year: in
  episode("B", "2023-04-02", null, "S"), // one day short: out
  episode("C", "2020-01-01", TO, "S"), // left on 31 March: not looked after then, out
  episode("D", "2022-01-01", "2023-06-01", "S"), // a move without a gap: in
  episode("D", "2023-06-01", null, "P"),
  episode("E", "2022-01-01", "2023-06-01", "S"), // a one-day gap: out
  episode("E", "2023-06-02", null, "S"),
  episode("F", "2020-01-01", null, "S"), // in, but no OC2 row
  episode("G", "2020-01-01", null, "S"), // in, health flag missing
  episode("H", "2020-01-01", null, "S"), // in, but only last year's row
  episode("I", "2020-01-01", null, "S", { legalStatus: " v3 " }), // short breaks: out
];
const healthChecks = [
  healthCheck("A", 2024, true, false),
  healthCheck("B", 2024, true, true),
  healthCheck("D", 2024, false, true),
  healthCheck("G", 2024, null, true),
  healthCheck("H", 2023, true, true),
  healthCheck("I", 2024, true, true),
];

describe("lac_health_checks and lac_dental_checks", () => {
  it("cohort from the episodes, flags from that year's OC2 row", () => {
    const health = run("lac_health_checks", { lacEpisodes, healthChecks }, FROM, TO);
    // denominator A, D; up to date A: 1 / 2
    expect(figure(health)).toEqual([1, 2, 50]);
    expect(health.numeratorKeys).toEqual(["health_check:A:2024-03-31"]);
    expect(health.excluded).toEqual([
      { key: "health_check:F:2024-03-31", reason: "no health check record for the year" },
      { key: "health_check:G:2024-03-31", reason: "missing check flag" },
      { key: "health_check:H:2024-03-31", reason: "no health check record for the year" },
    ]);

    const dental = run("lac_dental_checks", { lacEpisodes, healthChecks }, FROM, TO);
    // denominator A, D, G (G's dental flag is recorded); done D, G: 2 / 3 = 66.7
    expect(figure(dental)).toEqual([2, 3, 66.7]);
    expect(dental.numeratorKeys).toEqual([
      "health_check:D:2024-03-31",
      "health_check:G:2024-03-31",
    ]);
  });

  it("only periods holding a 31 March have a figure; each year counts once", () => {
    expect(
      figure(run("lac_health_checks", { lacEpisodes, healthChecks }, "2024-04-01", "2024-04-30")),
    ).toEqual([0, 0, null]);
    const twoYears = run(
      "lac_health_checks",
      {
        lacEpisodes: [episode("A", "2020-01-01", null, "S")],
        healthChecks: [healthCheck("A", 2023, true, true), healthCheck("A", 2024, false, true)],
      },
      "2022-04-01",
      TO,
    );
    expect(figure(twoYears)).toEqual([1, 2, 50]);
    expect(twoYears.denominatorKeys).toEqual([
      "health_check:A:2023-03-31",
      "health_check:A:2024-03-31",
    ]);
  });

  it("reports an OC2 row without a collection year", () => {
    const r = run(
      "lac_health_checks",
      { healthChecks: [healthCheck("A", null, true, true)] },
      FROM,
      TO,
    );
    expect(r.excluded).toEqual([{ key: "health_check:A", reason: "missing collection year" }]);
  });

  it("yearsEndingIn lists the 31 Marches in the period, ends inclusive", () => {
    expect(yearsEndingIn({ from: "2023-03-31", to: "2024-03-30" })).toEqual([2023]);
    expect(yearsEndingIn({ from: "2023-04-01", to: "2024-03-31" })).toEqual([2024]);
    expect(yearsEndingIn({ from: "2022-03-31", to: "2024-03-31" })).toEqual([2022, 2023, 2024]);
    expect(yearsEndingIn({ from: "2023-04-01", to: "2024-03-30" })).toEqual([]);
  });
});
