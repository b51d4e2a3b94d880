import { describe, expect, it } from "vitest";
import { assessment, figure, referral, run } from "./test-fixtures.ts";

const FROM = "2024-04-01";
const TO = "2024-06-30";

describe("referrals_to_assessment", () => {
  it("an assessment starting on/after the referral, before the next, not after closure", () => {
    const referrals = [
      referral("A", "2024-04-10"),
      referral("B", "2024-04-10"),
      referral("C", "2024-04-10"),
      referral("C", "2024-05-01"),
      referral("D", "2024-06-30"),
      referral("E", "2024-04-10", { closureDate: "2024-04-20" }),
      referral("F", "2024-04-10", { closureDate: "2024-04-20" }),
      referral("G", "2024-04-10", { closureDate: "2024-04-05" }), // closed before referred
      referral("H", "2024-04-10"),
      referral("I", "2024-04-10"),
    ];
    const assessments = [
      assessment("A", "single", "2024-04-10", null), // same day: led to it (open is fine)
      assessment("B", "single", "2024-04-09", "2024-04-20"), // the day before: not this one's
      assessment("C", "initial", "2024-05-01", null), // on the next referral's date: the next one's
      assessment("D", "core", "2024-07-15", null), // after the period: still counts
      assessment("E", "single", "2024-04-20", null), // on the closure date: counts
      assessment("F", "single", "2024-04-21", null), // the day after closure: does not
      assessment("Z", "single", "2024-04-11", null), // another child's
      assessment("I", "single", "2024-04-09", null),
      assessment("I", "single", "2024-04-15", null), // the earliest on/after counts
    ];
    const r = run("referrals_to_assessment", { referrals, assessments }, FROM, TO);
    // denominator: A B C-0410 C-0501 D E F H I = 9; led to: A, C-0501, D, E, I = 5
    // 500 / 9 = 55.56 -> 55.6
    expect(figure(r)).toEqual([5, 9, 55.6]);
    expect(r.numeratorKeys).toEqual([
      "referral:A:2024-04-10",
      "referral:C:2024-05-01",
      "referral:D:2024-06-30",
      "referral:E:2024-04-10",
      "referral:I:2024-04-10",
    ]);
    expect(r.excluded).toEqual([{ key: "referral:G:2024-04-10", reason: "end before start" }]);
  });
});
