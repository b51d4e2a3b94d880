import { describe, expect, it } from "vitest";
import { estimateFor } from "./referral-rate.ts";
import { figure, referral, run } from "./test-fixtures.ts";
import type { PopulationEstimate } from "./types.ts";

const FROM = "2024-04-01";
const TO = "2024-06-30";
const referrals = [
  referral("A", "2024-03-31"), // before the period
  referral("B", "2024-04-01"),
  referral("C", "2024-05-01"),
  referral("D", "2024-06-30"),
];
const rate = (population: PopulationEstimate[] | undefined) =>
  run("referral_rate_10k", population ? { referrals, population } : { referrals }, FROM, TO);

describe("referral_rate_10k", () => {
  it("referrals in the period per 10,000 children, the estimate for the year of `to`", () => {
    const r = rate([
      { year: 2023, children: 20_000 },
      { year: 2024, children: 25_000 },
      { year: 2025, children: 1 },
    ]);
    // 10,000 * 3 / 25,000 = 1.2
    expect(figure(r)).toEqual([3, 25_000, 1.2]);
    expect(r.numeratorKeys).toHaveLength(3);
    expect(r.denominatorKeys).toEqual([]);
  });

  it("falls back to the latest earlier estimate, never a later one", () => {
    // 10,000 * 3 / 30,000 = 1.0
    expect(
      figure(
        rate([
          { year: 2022, children: 30_000 },
          { year: 2025, children: 9 },
        ]),
      ),
    ).toEqual([3, 30_000, 1]);
  });

  it("rounds half up on the exact fraction", () => {
    // 10,000 * 3 / 600,000 = 0.05 -> 0.1; 10,000 * 3 / 640,000 = 0.046875 -> 0.0
    expect(rate([{ year: 2024, children: 600_000 }]).value).toBe(0.1);
    expect(rate([{ year: 2024, children: 640_000 }]).value).toBe(0);
  });

  it("no usable estimate: no data, and the referrals are reported", () => {
    for (const population of [
      undefined,
      [],
      [{ year: 2025, children: 20_000 }],
      [{ year: 2024, children: 0 }],
      [
        { year: 2023, children: 20_000 },
        { year: 2024, children: 2.5 }, // the year's estimate is broken: no silent fallback
      ],
    ]) {
      const r = rate(population);
      expect(figure(r)).toEqual([0, 0, null]);
      expect(r.excluded.map((x) => x.reason)).toEqual(
        Array(3).fill("no child population estimate"),
      );
    }
  });

  it("an estimate smaller than the count cannot be right", () => {
    const r = rate([{ year: 2024, children: 2 }]);
    expect(figure(r)).toEqual([0, 0, null]);
    expect(r.excluded[0]).toEqual({
      key: "referral:B:2024-04-01",
      reason: "population estimate smaller than the count",
    });
  });

  it("estimateFor: one per year, the later input wins", () => {
    const estimates = [
      { year: 2023, children: 1 },
      { year: 2024, children: 2 },
    ];
    expect(estimateFor(estimates, "2024-01-01")?.children).toBe(2);
    expect(estimateFor(estimates, "2023-12-31")?.children).toBe(1);
    expect(estimateFor(estimates, "2022-12-31")).toBeNull();
    const r = rate([
      { year: 2024, children: 10_000 },
      { year: 2024, children: 30_000 },
    ]);
    expect(r.denominator).toBe(30_000);
  });
});
