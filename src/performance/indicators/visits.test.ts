import { describe, expect, it } from "vitest";
import { episode, figure, plan, run, visit } from "./test-fixtures.ts";

describe("cp_visits_10wd (to = Fri 2024-06-28)", () => {
  // wd(s, 2024-06-28) = 10 for s = Fri 2024-06-14 (17-21 June: 5, 24-28 June: 10), 11 for
  // Thu 2024-06-13. No bank holidays in June 2024.
  const TO = "2024-06-28";
  const cpPlans = [
    plan("A", "2024-01-01"),
    plan("B", "2024-01-01"),
    plan("C", "2024-06-14"), // no visit yet, plan 10 wd old: not overdue
    plan("D", "2024-06-13"), // no visit yet, plan 11 wd old: overdue
    plan("E", "2024-01-01"),
    plan("F", "2024-01-01"),
    plan("G", "2024-01-01"),
    plan("H", "2024-01-01", TO), // ended on `to`: not on a plan
    plan("I", "2024-01-01"), // two open plans (a data oddity): one child, earliest start
    plan("I", "2024-06-20"),
    plan("J", "2024-06-26"), // new plan; the visit before it (06-14) is in the past
  ];
  const visits = [
    visit("A", "cp", "2024-06-14"), // 10 wd: on time (inclusive)
    visit("B", "cp", "2024-06-13"), // 11 wd: late
    visit("E", "cp", "2024-06-20", false), // recorded "not seen": does not count...
    visit("E", "cp", "2024-06-10"), // ...so the clock runs from 06-10: 14 wd, late
    visit("F", "cp", TO, null), // seen not recorded: the visit still counts; 0 wd
    visit("G", "cp", "2024-07-01"), // after `to`: ignored
    visit("G", "lac", "2024-06-27"), // another kind of visit: ignored
    visit("J", "cp", "2024-06-14"),
  ];

  it("clock from the later of the plan start and the last counting visit; wd <= 10", () => {
    const r = run("cp_visits_10wd", { cpPlans, visits }, "2024-06-01", TO);
    // denominator A B C D E F G I J = 9; on time A, C, F, J = 4; 400 / 9 = 44.4
    expect(figure(r)).toEqual([4, 9, 44.4]);
    expect(r.numeratorKeys).toEqual(["child:A", "child:C", "child:F", "child:J"]);
    expect(r.denominatorKeys).toContain("child:I");
    expect(r.denominatorKeys).not.toContain("child:H");
  });

  it("bank holidays are not working days (Easter 2024)", () => {
    // Wed 2024-03-20 to Fri 2024-04-05 skips Good Friday and Easter Monday: 10 wd.
    const data = {
      cpPlans: [plan("A", "2024-01-01"), plan("B", "2024-01-01")],
      visits: [visit("A", "cp", "2024-03-20"), visit("B", "cp", "2024-03-19")],
    };
    const r = run("cp_visits_10wd", data, "2024-04-01", "2024-04-05");
    expect(r.numeratorKeys).toEqual(["child:A"]);
    expect(figure(r)).toEqual([1, 2, 50]);
  });

  it("reports visits with impossible dates", () => {
    const data = { cpPlans: [plan("A", "2024-01-01")], visits: [visit("A", "cp", "2024-02-30")] };
    const r = run("cp_visits_10wd", data, "2024-06-01", TO);
    expect(figure(r)).toEqual([0, 1, 0]);
    expect(r.excluded).toEqual([{ key: "visit:A:2024-02-30:cp", reason: "invalid date" }]);
  });
});

describe("lac_visits_6w (to = 2024-06-30)", () => {
  // daysBetween(2024-05-19, 2024-06-30) = 12 + 30 = 42.
  const TO = "2024-06-30";
  const lacEpisodes = [
    episode("A", "2023-01-01", null, "S"),
    episode("B", "2023-01-01", null, "S"),
    episode("C", "2024-05-19", null, "S"), // in care 42 days, no visit: not overdue
    episode("D", "2024-05-18", null, "S"), // 43 days: overdue
    // E moved placement on 05-25: care is unbroken since 01-01, so the move does not reset
    episode("E", "2024-01-01", "2024-05-25", "S"),
    episode("E", "2024-05-25", null, "P"),
    episode("F", "2023-01-01", null, "S", { legalStatus: "V3" }), // short breaks: out
    episode("G", "2023-01-01", TO, "S"), // left care on `to`: out
    episode("H", "2023-01-01", null, "S"),
    // I left care and came back on 05-20 after a gap: the clock restarts (41 days)
    episode("I", "2023-01-01", "2024-05-01", "S"),
    episode("I", "2024-05-20", null, "S"),
  ];
  const visits = [
    visit("A", "lac", "2024-05-19"), // 42 days: on time (inclusive)
    visit("B", "lac", "2024-05-18"), // 43 days: late
    visit("H", "lac", "2024-06-01", false), // child not seen: does not count
    visit("F", "lac", "2024-06-29"),
  ];

  it("clock from the later of the start of unbroken care and the last counting visit", () => {
    const r = run("lac_visits_6w", { lacEpisodes, visits }, "2024-06-01", TO);
    // denominator A B C D E H I = 7; on time A, C, I = 3; 300 / 7 = 42.86 -> 42.9
    expect(figure(r)).toEqual([3, 7, 42.9]);
    expect(r.numeratorKeys).toEqual(["child:A", "child:C", "child:I"]);
    expect(r.denominatorKeys).not.toContain("child:F");
    expect(r.denominatorKeys).not.toContain("child:G");
  });
});
