import { describe, expect, it } from "vitest";
import { figure, plan, run, s47 } from "./test-fixtures.ts";

describe("s47_enquiries and icpc_15wd", () => {
  // From Wed 2022-05-25: 26, 27, 30, 31 May, 1 June -> 5; 2 and 3 June are the Platinum
  // Jubilee holidays; 6-10 June -> 10; 13-17 June -> 15; 20 June -> 16.
  const section47s = [
    s47("A", "2022-05-25", "2022-06-17"), // 15: on time (17 without the jubilee days)
    s47("B", "2022-05-25", "2022-06-20"), // 16: late
    // Timed from the enquiry's own start, not its referral 2 months earlier: 6-10 June = 5.
    s47("D", "2022-06-01", "2022-06-10", { referralDate: "2022-04-01" }),
    // Conference before the enquiry: a data error for icpc_15wd, still an enquiry.
    s47("C", "2022-06-10", "2022-06-08"),
    // Conference after the period: an enquiry in the period, not in icpc_15wd.
    s47("E", "2022-06-15", "2022-07-01"),
    // No conference recorded on the enquiry (a target date alone is not a conference).
    s47("F", "2022-06-16", null, { icpcTargetDate: "2022-06-20" }),
  ];
  const FROM = "2022-06-01";
  const TO = "2022-06-30";

  it("s47_enquiries counts starts in the period, whatever the conference date", () => {
    const r = run("s47_enquiries", { section47s }, FROM, TO);
    // D (06-01), C (06-10), E (06-15), F (06-16) = 4; A and B started in May
    expect(figure(r)).toEqual([4, null, 4]);
    expect(r.numeratorKeys).toContain("section47:C:2022-06-10");
  });

  it("icpc_15wd uses the enquiry's start and its conference date", () => {
    const r = run("icpc_15wd", { section47s }, FROM, TO);
    // denominator A, B, D = 3; numerator A, D = 2 -> 66.7
    expect(figure(r)).toEqual([2, 3, 66.7]);
    expect(r.numeratorKeys).toEqual(["section47:A:2022-05-25", "section47:D:2022-06-01"]);
    expect(r.excluded).toEqual([{ key: "section47:C:2022-06-10", reason: "end before start" }]);
  });
});

describe("cpp_starts and cpp_open_at_end", () => {
  const cpPlans = [
    plan("A", "2024-03-31"), // starts on `to`: open
    plan("B", "2024-01-01", "2024-03-31"), // ends on `to`: not open
    plan("C", "2024-01-01", "2024-04-01"), // ends after `to`: open
    plan("C", "2024-02-01"), // the same child's second open plan: plans, not children
    plan("D", "2024-04-01"), // starts after `to`
  ];

  it("counts plans starting in the period", () => {
    const r = run("cpp_starts", { cpPlans }, "2024-01-01", "2024-03-31");
    // A, B, C-0101, C-0201
    expect(figure(r)).toEqual([4, null, 4]);
  });

  it("counts plans open at `to`", () => {
    const r = run("cpp_open_at_end", { cpPlans }, "2024-01-01", "2024-03-31");
    expect(figure(r)).toEqual([3, null, 3]);
    expect(r.numeratorKeys).toEqual([
      "cp_plan:A:2024-03-31",
      "cp_plan:C:2024-01-01",
      "cp_plan:C:2024-02-01",
    ]);
  });
});

describe("cpp_second_or_subsequent", () => {
  it("an earlier plan or a previous-plan count > 0 makes a second plan", () => {
    const cpPlans = [
      plan("A", "2020-01-01", "2021-01-01"), // A's earlier plan, before the period
      plan("A", "2024-05-01", null, { previousPlans: 0 }), // earlier plan wins over count 0
      plan("B", "2024-06-01", null, { previousPlans: 2 }), // count says so
      plan("C", "2024-07-01", null, { previousPlans: 0 }), // first plan
      plan("D", "2024-08-01", null, { previousPlans: null }), // cannot tell: excluded
      plan("E", "2024-09-01", null, { previousPlans: null }), // cannot tell: excluded
      plan("E", "2024-10-01", null, { previousPlans: null }), // earlier plan 09-01: second
    ];
    const r = run("cpp_second_or_subsequent", { cpPlans }, "2024-04-01", "2025-03-31");
    // denominator A-0501, B, C, E-1001 = 4; numerator A-0501, B, E-1001 = 3 -> 75.0
    expect(figure(r)).toEqual([3, 4, 75]);
    expect(r.numeratorKeys).toEqual([
      "cp_plan:A:2024-05-01",
      "cp_plan:B:2024-06-01",
      "cp_plan:E:2024-10-01",
    ]);
    expect(r.excluded).toEqual([
      { key: "cp_plan:D:2024-08-01", reason: "unknown previous plans" },
      { key: "cp_plan:E:2024-09-01", reason: "unknown previous plans" },
    ]);
  });

  it("a plan starting the same day in another extract is the same plan, not an earlier one", () => {
    const cpPlans = [plan("A", "2024-05-01"), plan("A", "2024-05-01", "2024-09-01")];
    const r = run("cpp_second_or_subsequent", { cpPlans }, "2024-04-01", "2025-03-31");
    expect(figure(r)).toEqual([0, 1, 0]);
  });
});

describe("cpp_ended_2y_plus", () => {
  it("counts plans ending in the period that lasted >= 730 calendar days", () => {
    const cpPlans = [
      // 2022-05-01 -> 2023-05-01 = 365, -> 2024-05-01 = 366 (29 Feb 2024): 731; so
      // 2024-04-30 is exactly 730 days: counts.
      plan("A", "2022-05-01", "2024-04-30"),
      plan("B", "2022-05-01", "2024-04-29"), // 729
      plan("C", "2024-06-01", "2024-05-01"), // ends before it starts
      plan("D", "2020-01-01"), // open
      plan("E", "2020-01-01", "2024-03-31"), // ended before the period
    ];
    const r = run("cpp_ended_2y_plus", { cpPlans }, "2024-04-01", "2025-03-31");
    // 1 / 2 = 50.0
    expect(figure(r)).toEqual([1, 2, 50]);
    expect(r.numeratorKeys).toEqual(["cp_plan:A:2022-05-01"]);
    expect(r.excluded).toEqual([{ key: "cp_plan:C:2024-06-01", reason: "end before start" }]);
  });
});

describe("cp_reviews_on_time (to = 2024-06-30)", () => {
  const cpPlans = [
    // a: addMonths(03-30, 3) = 06-30 = to: in the denominator; no review yet and the first
    // is due exactly on `to`: not overdue. On time.
    plan("a", "2024-03-30"),
    // b: first review due 07-01 > to: not in the denominator.
    plan("b", "2024-04-01"),
    // c: due 06-29, no review: overdue.
    plan("c", "2024-03-29"),
    // d: due addMonths(2023-11-30, 3) = 2024-02-29 (clamped); reviewed 02-29; next due
    // 2024-08-29 >= to. On time.
    plan("d", "2023-11-30", null, { reviewDates: ["2024-02-29"] }),
    // e: same due date, reviewed 03-01: a day late.
    plan("e", "2023-11-30", null, { reviewDates: ["2024-03-01"] }),
    // f: due 2023-04-10, reviewed early 02-01 -> next due 08-01 (from the actual review),
    // reviewed 08-01 (inclusive) -> due 2024-02-01, reviewed 02-01 -> due 2024-08-01. On time.
    plan("f", "2023-01-10", null, { reviewDates: ["2023-02-01", "2023-08-01", "2024-02-01"] }),
    // g: reviewed early 2023-02-01 -> next due 2023-08-01; reviewed 09-01: late, although it
    // is before 2023-10-10 (six months after the scheduled first review).
    plan("g", "2023-01-10", null, { reviewDates: ["2023-02-01", "2023-09-01", "2024-02-01"] }),
    // h: duplicate review dates count once; due 04-15, reviewed 04-15 -> due 10-15. On time.
    plan("h", "2024-01-15", null, { reviewDates: ["2024-04-15", "2024-04-15"] }),
    // i: due 06-15, reviewed 06-10 -> due 12-10. The 2025 review (after `to`) is ignored,
    // late as it would be. On time.
    plan("i", "2024-03-15", null, { reviewDates: ["2024-06-10", "2025-01-01"] }),
    // j: closed before `to`: not in the denominator.
    plan("j", "2023-01-01", "2024-06-01"),
    // k: closed on `to`: not open, not in the denominator.
    plan("k", "2023-01-01", "2024-06-30"),
  ];

  it("checks each due date from the actual previous review", () => {
    const r = run("cp_reviews_on_time", { cpPlans }, "2024-04-01", "2024-06-30");
    // denominator a, c, d, e, f, g, h, i = 8; numerator a, d, f, h, i = 5; 500 / 8 = 62.5
    expect(figure(r)).toEqual([5, 8, 62.5]);
    expect(r.numeratorKeys.map((k) => k.split(":")[1])).toEqual(["a", "d", "f", "h", "i"]);
    expect(r.denominatorKeys.map((k) => k.split(":")[1])).toEqual([
      "a",
      "c",
      "d",
      "e",
      "f",
      "g",
      "h",
      "i",
    ]);
  });

  it("uses the later extract's review list whole", () => {
    const early = plan("z", "2024-01-15", null, { reviewDates: ["2024-05-01"] }); // late
    const corrected = plan("z", "2024-01-15", null, { reviewDates: ["2024-04-10"] }); // on time
    const r = run(
      "cp_reviews_on_time",
      { cpPlans: [early, corrected] },
      "2024-04-01",
      "2024-06-30",
    );
    expect(figure(r)).toEqual([1, 1, 100]);
  });
});
