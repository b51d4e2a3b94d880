import { describe, expect, it } from "vitest";
import { figure, referral, run } from "./test-fixtures.ts";

const FROM = "2024-04-01";
const TO = "2024-06-30";

describe("referrals", () => {
  it("counts referral dates from <= d <= to", () => {
    const r = run(
      "referrals",
      {
        referrals: [
          referral("A", "2024-03-31"), // day before: out
          referral("B", "2024-04-01"), // first day: in
          referral("C", "2024-06-30"), // last day: in
          referral("D", "2024-07-01"), // day after: out
        ],
      },
      FROM,
      TO,
    );
    // count of 2: denominator null, value = count
    expect(figure(r)).toEqual([2, null, 2]);
    expect(r.numeratorKeys).toEqual(["referral:B:2024-04-01", "referral:C:2024-06-30"]);
    expect(r.denominatorKeys).toEqual([]);
  });

  it("a referral in two overlapping extracts counts once", () => {
    const copy = referral("A", "2024-05-01", { closureDate: null });
    const later = referral("A", "2024-05-01", { closureDate: "2024-05-20" });
    expect(run("referrals", { referrals: [copy, later] }, FROM, TO).numerator).toBe(1);
  });

  it("quarantines a referral with an impossible date and reports it", () => {
    const r = run("referrals", { referrals: [referral("A", "2024-02-30")] }, FROM, TO);
    expect(figure(r)).toEqual([0, null, 0]);
    expect(r.excluded).toEqual([{ key: "referral:A:2024-02-30", reason: "invalid date" }]);
  });
});

describe("re_referrals_12m", () => {
  const referrals = [
    // X: addMonths(2024-05-15, -12) = 2023-05-15 <= p=2023-05-15 < d: re-referral (boundary
    // inclusive), even though the earlier referral is outside the period and closed.
    referral("X", "2023-05-15", { closureDate: "2023-06-01" }),
    referral("X", "2024-05-15"),
    // Y: p = 2023-05-14 < 2023-05-15: one day too early, not a re-referral.
    referral("Y", "2023-05-14"),
    referral("Y", "2024-05-15"),
    // W: 04-10 has no earlier referral (the later 04-20 does not count for it: p < d);
    // 04-20 has p = 04-10 in its window.
    referral("W", "2024-04-10"),
    referral("W", "2024-04-20"),
    // V: only referral.
    referral("V", "2024-06-30"),
  ];

  it("uses the window addMonths(d, -12) <= p < d", () => {
    const r = run("re_referrals_12m", { referrals }, FROM, TO);
    // denominator: X-0515, Y-0515, W-0410, W-0420, V-0630 = 5; numerator X-0515, W-0420 = 2
    // 100 * 2 / 5 = 40.0
    expect(figure(r)).toEqual([2, 5, 40]);
    expect(r.numeratorKeys).toEqual(["referral:X:2024-05-15", "referral:W:2024-04-20"]);
  });

  it("clamps the window at month ends (leap day)", () => {
    const r = run(
      "re_referrals_12m",
      {
        referrals: [
          // d = 2024-02-29: addMonths(d, -12) = 2023-02-28, so p = 2023-02-28 is inside.
          referral("L", "2023-02-28"),
          referral("L", "2024-02-29"),
          // d = 2025-02-28: addMonths(d, -12) = 2024-02-28; p = 2024-02-27 is outside.
          referral("M", "2024-02-27"),
          referral("M", "2025-02-28"),
        ],
      },
      "2024-02-01",
      "2025-03-31",
    );
    // in period: L-2024-02-29 (yes), M-2025-02-28 (no); M-2024-02-27 also in period (no
    // earlier referral): 1 / 3 = 33.3
    expect(figure(r)).toEqual([1, 3, 33.3]);
    expect(r.numeratorKeys).toEqual(["referral:L:2024-02-29"]);
  });

  it("another child's referral does not count", () => {
    const r = run(
      "re_referrals_12m",
      { referrals: [referral("A", "2024-04-01"), referral("B", "2024-05-01")] },
      FROM,
      TO,
    );
    expect(figure(r)).toEqual([0, 2, 0]);
  });

  it("denominator 0 gives value null", () => {
    expect(figure(run("re_referrals_12m", {}, FROM, TO))).toEqual([0, 0, null]);
  });
});

describe("referrals_nfa", () => {
  it("leaves out a missing flag here only, and reports it", () => {
    const data = {
      referrals: [
        referral("A", "2024-04-02", { nfa: true }),
        referral("B", "2024-04-03", { nfa: false }),
        referral("C", "2024-04-04", { nfa: null }), // missing or unrecognised
        referral("D", "2024-04-05", { nfa: true }),
      ],
    };
    const r = run("referrals_nfa", data, FROM, TO);
    // denominator A, B, D = 3; numerator A, D = 2; 200 / 3 = 66.67 -> 66.7
    expect(figure(r)).toEqual([2, 3, 66.7]);
    expect(r.excluded).toEqual([
      { key: "referral:C:2024-04-04", reason: "missing no-further-action flag" },
    ]);
    // C still counts as a referral and in the re-referral denominator.
    expect(run("referrals", data, FROM, TO).numerator).toBe(4);
    expect(run("re_referrals_12m", data, FROM, TO).denominator).toBe(4);
  });

  it("rounds 13/16 = 81.25 up to 81.3", () => {
    const referrals = Array.from({ length: 16 }, (_, i) =>
      referral(`C${i}`, "2024-05-01", { nfa: i < 13 }),
    );
    // 100 * 13 / 16 = 81.25 -> half up -> 81.3
    expect(figure(run("referrals_nfa", { referrals }, FROM, TO))).toEqual([13, 16, 81.3]);
  });
});

describe("referrals by source", () => {
  it("splits the count by source as recorded; blank is Not recorded", () => {
    const r = run(
      "referrals",
      {
        referrals: [
          referral("A", "2024-04-01", { source: "1A" }),
          referral("B", "2024-04-02", { source: " 1A " }), // trimmed: the same source
          referral("C", "2024-04-03", { source: null }),
          referral("D", "2024-04-04", { source: "  " }),
          referral("E", "2024-04-05", { source: "Police" }),
          referral("F", "2024-03-31", { source: "Police" }), // before the period
        ],
      },
      FROM,
      TO,
    );
    expect(figure(r)).toEqual([5, null, 5]);
    expect(r.breakdown).toEqual({ "1A": 2, Police: 1, "Not recorded": 2 });
    // a stable order: by source, "Not recorded" last
    expect(Object.keys(r.breakdown ?? {})).toEqual(["1A", "Police", "Not recorded"]);
  });

  it("an empty period has an empty breakdown", () => {
    expect(run("referrals", {}, FROM, TO).breakdown).toEqual({});
  });
});
