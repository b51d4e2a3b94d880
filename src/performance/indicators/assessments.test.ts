import { describe, expect, it } from "vitest";
import { assessment, figure, run } from "./test-fixtures.ts";

const FROM = "2024-04-01";
const TO = "2024-06-30";

describe("assessments_45wd (single assessments, start to authorisation)", () => {
  // From Fri 2024-03-01: March 4-28 = 19 working days (Good Friday 29 Mar), April 2-30 = 21
  // (Easter Monday 1 Apr) -> 40, May 1-3 -> 43, Mon 6 May bank holiday, 7 May -> 44,
  // 8 May -> 45, 9 May -> 46.
  const assessments = [
    assessment("A", "single", "2024-03-01", "2024-05-08"), // 45: on time
    assessment("B", "single", "2024-03-01", "2024-05-09"), // 46: late
    assessment("C", "single", "2024-06-03", "2024-06-03"), // 0: same day
    assessment("D", "single", "2024-01-02", "2024-03-28"), // authorised before the period
    assessment("E", "single", "2024-06-01", null), // open: in no denominator
    assessment("F", "single", "2024-05-10", "2024-05-01"), // authorised before start
    assessment("G", "core", "2024-03-01", "2024-05-08"), // another kind
  ];

  it("counts authorisations in the period within 45 working days", () => {
    const r = run("assessments_45wd", { assessments }, FROM, TO);
    // denominator A, B, C = 3; numerator A, C = 2; 200 / 3 = 66.7
    expect(figure(r)).toEqual([2, 3, 66.7]);
    expect(r.numeratorKeys).toEqual([
      "assessment:A:2024-03-01:single",
      "assessment:C:2024-06-03:single",
    ]);
    expect(r.excluded).toEqual([
      { key: "assessment:F:2024-05-10:single", reason: "end before start" },
    ]);
  });

  it("no authorisations in the period gives null", () => {
    expect(figure(run("assessments_45wd", { assessments }, "2025-01-01", "2025-01-31"))).toEqual([
      0,
      0,
      null,
    ]);
  });
});

describe("initial_assessments_10wd and _7wd (from the referral date)", () => {
  // From Fri 2024-04-26: 29, 30 Apr, 1, 2, 3 May -> 5; Mon 6 May bank holiday;
  // 7 -> 6, 8 -> 7, 9 -> 8, 10 -> 9, 13 -> 10, 14 -> 11.
  const assessments = [
    // 7 working days from the referral (1 from its own start): in both.
    assessment("A", "initial", "2024-05-07", "2024-05-08", { referralDate: "2024-04-26" }),
    // 10: in 10wd only.
    assessment("B", "initial", "2024-05-01", "2024-05-13", { referralDate: "2024-04-26" }),
    // 11 from the referral, although only 1 from its start: late in both.
    assessment("C", "initial", "2024-05-13", "2024-05-14", { referralDate: "2024-04-26" }),
    // no referral date: cannot be timed.
    assessment("D", "initial", "2024-05-01", "2024-05-02", { referralDate: null }),
    // completed before the referral: data error.
    assessment("E", "initial", "2024-05-01", "2024-05-10", { referralDate: "2024-05-20" }),
    // still open
    assessment("F", "initial", "2024-05-01", null, { referralDate: "2024-04-30" }),
  ];
  const excluded = [
    { key: "assessment:D:2024-05-01:initial", reason: "missing date" },
    { key: "assessment:E:2024-05-01:initial", reason: "end before start" },
  ];

  it("10 working days", () => {
    const r = run("initial_assessments_10wd", { assessments }, FROM, TO);
    // denominator A, B, C = 3; numerator A, B = 2 -> 66.7
    expect(figure(r)).toEqual([2, 3, 66.7]);
    expect(r.excluded).toEqual(excluded);
  });

  it("7 working days", () => {
    const r = run("initial_assessments_7wd", { assessments }, FROM, TO);
    // numerator A only: 100 / 3 = 33.3
    expect(figure(r)).toEqual([1, 3, 33.3]);
    expect(r.numeratorKeys).toEqual(["assessment:A:2024-05-07:initial"]);
    expect(r.excluded).toEqual(excluded);
  });
});

describe("core_assessments_35wd (start to completion)", () => {
  it("counts completions within 35 working days", () => {
    // From Tue 2024-04-02: 3-5 Apr -> 3, 8-12 -> 8, 15-19 -> 13, 22-26 -> 18, 29-30 -> 20,
    // 1-3 May -> 23, (6 May holiday) 7-10 -> 27, 13-17 -> 32, 20, 21, 22 -> 35, 23 -> 36.
    const assessments = [
      assessment("A", "core", "2024-04-02", "2024-05-22"), // 35
      assessment("B", "core", "2024-04-02", "2024-05-23"), // 36
      assessment("C", "core", "2024-06-10", "2024-06-01"), // before start
    ];
    const r = run("core_assessments_35wd", { assessments }, FROM, TO);
    // 1 / 2 = 50.0
    expect(figure(r)).toEqual([1, 2, 50]);
    expect(r.excluded).toEqual([
      { key: "assessment:C:2024-06-10:core", reason: "end before start" },
    ]);
  });
});

describe("merging", () => {
  it("an assessment recorded under two referrals is one assessment (later copy wins)", () => {
    const first = assessment("A", "initial", "2024-05-01", "2024-05-08", {
      referralDate: "2024-03-01",
    });
    const later = { ...first, referralDate: "2024-04-26" }; // 7 working days
    const r = run("initial_assessments_7wd", { assessments: [first, later] }, FROM, TO);
    expect(figure(r)).toEqual([1, 1, 100]);
  });

  it("an invalid date is reported by the indicators for that kind only", () => {
    const bad = assessment("A", "core", "2024-05-01", "2024-05-32");
    expect(run("core_assessments_35wd", { assessments: [bad] }, FROM, TO).excluded).toEqual([
      { key: "assessment:A:2024-05-01:core", reason: "invalid date" },
    ]);
    expect(run("assessments_45wd", { assessments: [bad] }, FROM, TO).excluded).toEqual([]);
  });
});
