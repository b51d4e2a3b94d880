import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../../calendar/dates.ts";
import { WorkingDayCalendar } from "../../calendar/working-days.ts";
import type { AssessmentKind } from "../../cases/model.ts";
import { computeAll, computeIndicator } from "./compute.ts";
import { getDefinition, INDICATOR_IDS, INDICATORS, isIndicatorId } from "./definitions.ts";
import { prepareCaseData } from "./prepare.ts";
import {
  assessment,
  careLeaver,
  caseData,
  child as childRecord,
  episode,
  figure,
  healthCheck,
  lacReview,
  plan,
  referral,
  s47,
  visit,
} from "./test-fixtures.ts";
import type { CaseData } from "./types.ts";

const YEAR = { from: "2023-04-01", to: "2024-03-31" };

describe("definitions", () => {
  it("define every indicator (the spec's 18 and 10 local ones), once, in order", () => {
    expect(INDICATORS.map((d) => d.id)).toEqual([...INDICATOR_IDS]);
    expect(INDICATOR_IDS).toHaveLength(28);
  });

  it("a rate is a ratio to one decimal; only referrals has a breakdown", () => {
    const rates = INDICATORS.filter((d) => d.ratePer !== undefined);
    expect(rates.map((d) => [d.id, d.kind, d.ratePer, d.precision])).toEqual([
      ["referral_rate_10k", "percent", 10_000, 1],
    ]);
    expect(INDICATORS.filter((d) => d.breakdown !== undefined).map((d) => d.id)).toEqual([
      "referrals",
    ]);
  });

  it("counts have no denominator and 0 decimals; percentages 1", () => {
    for (const d of INDICATORS) {
      expect(d.version).toBe(1);
      expect(d.precision).toBe(d.kind === "count" ? 0 : 1);
      expect(d.denominator === null).toBe(d.kind === "count");
      expect(d.title.length).toBeGreaterThan(0);
      expect(d.recordTypes.length).toBeGreaterThan(0);
    }
  });

  it("match the spec's polarity and period types", () => {
    expect(getDefinition("re_referrals_12m").polarity).toBe("low");
    expect(getDefinition("referrals_nfa").polarity).toBe("none");
    expect(getDefinition("icpc_15wd").polarity).toBe("high");
    expect(getDefinition("cpp_ended_2y_plus").polarity).toBe("low");
    expect(getDefinition("lac_at_end").periodType).toBe("snapshot");
    expect(getDefinition("cp_reviews_on_time").periodType).toBe("snapshot");
    expect(getDefinition("assessments_45wd").periodType).toBe("events");
    expect(isIndicatorId("nope")).toBe(false);
  });

  it("give the local additions the period types and polarities docs/indicators.md states", () => {
    const shape = (id: string) => {
      const d = getDefinition(id as never);
      return [d.periodType, d.polarity, d.unit];
    };
    expect(shape("referral_rate_10k")).toEqual(["events", "none", "referrals"]);
    expect(shape("referrals_to_assessment")).toEqual(["events", "none", "referrals"]);
    expect(shape("assessments_child_seen")).toEqual(["events", "high", "assessments"]);
    expect(shape("cp_visits_10wd")).toEqual(["snapshot", "high", "children"]);
    expect(shape("lac_visits_6w")).toEqual(["snapshot", "high", "children"]);
    expect(shape("lac_long_term_stability")).toEqual(["snapshot", "high", "children"]);
    expect(shape("lac_health_checks")).toEqual(["events", "high", "children"]);
    expect(shape("lac_dental_checks")).toEqual(["events", "high", "children"]);
    expect(shape("care_leavers_eet")).toEqual(["events", "high", "young people"]);
    expect(shape("care_leavers_suitable_accommodation")).toEqual([
      "events",
      "high",
      "young people",
    ]);
  });
});

describe("computeIndicator / computeAll", () => {
  it("with no data: counts are 0, percentages have no data", () => {
    const results = computeAll(caseData({}), YEAR);
    expect(results.map((r) => r.id)).toEqual([...INDICATOR_IDS]);
    for (const r of results) {
      if (getDefinition(r.id as never).kind === "count") expect(figure(r)).toEqual([0, null, 0]);
      else expect(figure(r)).toEqual([0, 0, null]);
    }
  });

  it("rejects unknown ids and bad periods", () => {
    expect(() => computeIndicator("nope", caseData({}), YEAR)).toThrow(/Unknown indicator/);
    expect(() =>
      computeIndicator("referrals", caseData({}), { from: "2024-04-01", to: "2024-03-31" }),
    ).toThrow(RangeError);
    expect(() =>
      computeIndicator("referrals", caseData({}), { from: "2024-04-01", to: "2024-02-30" }),
    ).toThrow(RangeError);
  });

  it("takes a calendar with local closures", () => {
    // Fri 2023-12-08 -> Fri 2024-01-05: 11-15 Dec -> 5, 18-22 -> 10, (25, 26 holidays)
    // 27-29 -> 13, (1 Jan holiday) 2-5 Jan -> 17: late. With the council closed
    // 27-29 Dec it is 14: on time.
    const data = caseData({ section47s: [s47("A", "2023-12-08", "2024-01-05")] });
    const closed = new WorkingDayCalendar({
      closures: ["2023-12-27", "2023-12-28", "2023-12-29"],
    });
    const period = { from: "2024-01-01", to: "2024-01-31" };
    expect(figure(computeIndicator("icpc_15wd", data, period))).toEqual([0, 1, 0]);
    expect(figure(computeIndicator("icpc_15wd", data, period, closed))).toEqual([1, 1, 100]);
  });

  it("a correction in a later extract changes earlier periods too", () => {
    const first = plan("A", "2022-01-01", "2023-06-01");
    const corrected = plan("A", "2022-01-01", "2024-01-10");
    const data = caseData({ cpPlans: [first, corrected] });
    // The plan now ends in 2023-24 after 739 days, not in 2023-04..06.
    const r = computeIndicator("cpp_ended_2y_plus", data, YEAR);
    expect(figure(r)).toEqual([1, 1, 100]);
    expect(
      computeIndicator("cpp_open_at_end", data, { from: "2023-04-01", to: "2023-06-30" }).numerator,
    ).toBe(1);
  });
});

// ---- properties over random data -------------------------------------------------------

const BASE = "2022-01-01";
const date = fc.integer({ min: 0, max: 1100 }).map((n) => addDays(BASE, n));
const maybeDate = fc.option(date, { nil: null });
const child = fc.constantFrom("A", "B", "C", "D", "E");
const maybeBool = fc.option(fc.boolean(), { nil: null });
const kind = fc.constantFrom<AssessmentKind>("single", "initial", "core");

const randomData: fc.Arbitrary<CaseData> = fc.record({
  // born 2002-2012: some are under 16 and some turn 19 in the random periods
  children: fc.array(
    fc
      .tuple(child, fc.option(fc.integer({ min: -7300, max: -3300 }), { nil: null }))
      .map(([c, n]) => childRecord(c, n === null ? null : addDays(BASE, n))),
    { maxLength: 6 },
  ),
  referrals: fc.array(
    fc
      .tuple(child, date, maybeDate, fc.option(fc.boolean(), { nil: null }))
      .map(([c, d, closure, nfa]) => referral(c, d, { closureDate: closure, nfa })),
    { maxLength: 15 },
  ),
  assessments: fc.array(
    fc
      .tuple(child, kind, date, maybeDate, maybeDate)
      .map(([c, k, s, e, r]) => assessment(c, k, s, e, { referralDate: r })),
    { maxLength: 15 },
  ),
  section47s: fc.array(
    fc.tuple(child, date, maybeDate).map(([c, s, i]) => s47(c, s, i)),
    { maxLength: 10 },
  ),
  cpPlans: fc.array(
    fc
      .tuple(
        child,
        date,
        maybeDate,
        fc.option(fc.nat(3), { nil: null }),
        fc.array(date, { maxLength: 4 }),
      )
      .map(([c, s, e, n, reviews]) =>
        plan(c, s, e, { previousPlans: n, reviewDates: reviews.sort() }),
      ),
    { maxLength: 10 },
  ),
  lacEpisodes: fc.array(
    fc
      .tuple(
        child,
        fc.integer({ min: -1100, max: 1100 }).map((n) => addDays(BASE, n)),
        maybeDate,
        fc.constantFrom("S", "P", "L", "T", "U", "B", null),
        fc.constantFrom("C2", "V3", null),
        fc.constantFrom("U4", "A5", null),
      )
      .map(([c, s, e, rne, legalStatus, placement]) =>
        episode(c, s, e, rne, { legalStatus, placement }),
      ),
    { maxLength: 15 },
  ),
  lacReviews: fc.array(
    fc.tuple(child, date).map(([c, d]) => lacReview(c, d)),
    { maxLength: 10 },
  ),
  visits: fc.array(
    fc
      .tuple(child, fc.constantFrom<"cp" | "cin" | "lac">("cp", "cin", "lac"), date, maybeBool)
      .map(([c, k, d, seen]) => visit(c, k, d, seen)),
    { maxLength: 15 },
  ),
  healthChecks: fc.array(
    fc
      .tuple(
        child,
        fc.option(fc.integer({ min: 2022, max: 2025 }), { nil: null }),
        maybeBool,
        maybeBool,
      )
      .map(([c, y, h, d]) => healthCheck(c, y, h, d)),
    { maxLength: 8 },
  ),
  careLeavers: fc.array(
    fc
      .tuple(
        child,
        fc.constantFrom("YES", "NO", "DIED", null),
        fc.constantFrom("F1", "G5", "0", null),
        fc.constantFrom("B1", "X2", "0", null),
      )
      .map(([c, t, a, h]) => careLeaver(c, t, a, h)),
    { maxLength: 5 },
  ),
  population: fc.array(
    fc.record({
      year: fc.integer({ min: 2021, max: 2025 }),
      children: fc.integer({ min: 0, max: 40 }),
    }),
    { maxLength: 3 },
  ),
});

const period = fc
  .tuple(fc.integer({ min: 0, max: 1100 }), fc.integer({ min: 0, max: 400 }))
  .map(([start, length]) => ({ from: addDays(BASE, start), to: addDays(BASE, start + length) }));

describe("properties", () => {
  it("numerator within denominator, keys match the counts, value follows", () => {
    fc.assert(
      fc.property(randomData, period, (data, p) => {
        for (const r of computeAll(data, p)) {
          expect(r.numeratorKeys).toHaveLength(r.numerator);
          if (r.breakdown !== undefined) {
            const parts = Object.values(r.breakdown).reduce((a, b) => a + b, 0);
            expect(parts).toBe(r.numerator);
          }
          if (r.denominator === null) {
            expect(r.value).toBe(r.numerator);
            continue;
          }
          expect(r.numerator).toBeLessThanOrEqual(r.denominator);
          const per = getDefinition(r.id as never).ratePer;
          if (per !== undefined) {
            // A population has no records behind it to list.
            expect(r.denominatorKeys).toEqual([]);
            if (r.denominator === 0) expect(r.value).toBeNull();
            else expect(r.value).toBeCloseTo((per * r.numerator) / r.denominator, 1);
            continue;
          }
          expect(r.denominatorKeys).toHaveLength(r.denominator);
          expect(new Set(r.denominatorKeys).size).toBe(r.denominator);
          const denominator = new Set(r.denominatorKeys);
          for (const k of r.numeratorKeys) expect(denominator.has(k)).toBe(true);
          for (const x of r.excluded) expect(denominator.has(x.key)).toBe(false);
          if (r.denominator === 0) expect(r.value).toBeNull();
          else expect(r.value).toBeCloseTo((100 * r.numerator) / r.denominator, 1);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("loading the same extract twice never counts a record twice", () => {
    fc.assert(
      fc.property(randomData, period, (data, p) => {
        const twice: CaseData = {
          children: [...data.children, ...data.children],
          referrals: [...data.referrals, ...data.referrals],
          assessments: [...data.assessments, ...data.assessments],
          section47s: [...data.section47s, ...data.section47s],
          cpPlans: [...data.cpPlans, ...data.cpPlans],
          lacEpisodes: [...data.lacEpisodes, ...data.lacEpisodes],
          lacReviews: [...data.lacReviews, ...data.lacReviews],
          visits: [...(data.visits ?? []), ...(data.visits ?? [])],
          healthChecks: [...(data.healthChecks ?? []), ...(data.healthChecks ?? [])],
          careLeavers: [...(data.careLeavers ?? []), ...(data.careLeavers ?? [])],
          population: [...(data.population ?? []), ...(data.population ?? [])],
        };
        expect(computeAll(twice, p)).toEqual(computeAll(data, p));
      }),
      { numRuns: 200 },
    );
  });

  it("prepared data gives the same results as raw data", () => {
    fc.assert(
      fc.property(randomData, period, (data, p) => {
        expect(computeAll(prepareCaseData(data), p)).toEqual(computeAll(data, p));
      }),
      { numRuns: 100 },
    );
  });
});
