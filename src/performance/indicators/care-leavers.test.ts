import { describe, expect, it } from "vitest";
import { inEet, suitablyAccommodated } from "./care-leavers.ts";
import { careLeaver, child, figure, run } from "./test-fixtures.ts";

// 19th birthday in 2023-04-01..2024-03-31: born 2004-04-01..2005-03-31.
const FROM = "2023-04-01";
const TO = "2024-03-31";
const children = [
  child("A", "2004-04-01"), // 19 on the first day: in
  child("B", "2005-03-31"), // 19 on the last day: in
  child("C", "2004-03-31"), // the day before: out
  child("D", "2005-04-01"), // the day after: out
  child("E", "2004-06-01"),
  child("F", "2004-06-01"),
  child("H", "2004-07-01"),
  child("I", "2004-08-01"),
  child("J", "2004-09-01"),
];
const careLeavers = [
  careLeaver("A", "YES", "F2", "B1"), // EET, suitable
  careLeaver("B", "YES", "G5", "T2"), // neither
  careLeaver("C", "YES", "F1", "B1"),
  careLeaver("D", "YES", "F1", "B1"),
  careLeaver("E", "NO", "0", "0"), // not in touch: counted, in neither numerator
  careLeaver("F", "DIED", null, null), // died: not counted, not reported
  careLeaver("G", "YES", "F1", "B1"), // no date of birth: reported
  careLeaver("H", "YES", " p4 ", "B"), // EET (trimmed, any case); "B" says nothing of suitability
  careLeaver("I", "REFU", null, null), // refused contact: counted, in neither
  careLeaver("J", "YES", "F5", "X2"), // employed, in custody (unsuitable)
];

describe("care_leavers_eet and care_leavers_suitable_accommodation", () => {
  it("care leavers whose 19th birthday is in the period", () => {
    const eet = run("care_leavers_eet", { children, careLeavers }, FROM, TO);
    // denominator A B E H I J = 6; EET A H J = 3
    expect(figure(eet)).toEqual([3, 6, 50]);
    expect(eet.numeratorKeys).toEqual(["care_leaver:A", "care_leaver:H", "care_leaver:J"]);
    expect(eet.excluded).toEqual([{ key: "care_leaver:G", reason: "missing date of birth" }]);

    const home = run("care_leavers_suitable_accommodation", { children, careLeavers }, FROM, TO);
    // suitable A only: 100 / 6 = 16.67 -> 16.7
    expect(figure(home)).toEqual([1, 6, 16.7]);
    expect(home.denominatorKeys).toEqual(eet.denominatorKeys);
  });

  it("a 29 February birthday falls on 28 February in other years", () => {
    const data = {
      children: [child("A", "2004-02-29")],
      careLeavers: [careLeaver("A", "YES", "F1", "B1")],
    };
    expect(figure(run("care_leavers_eet", data, "2023-02-28", "2023-02-28"))).toEqual([1, 1, 100]);
    expect(figure(run("care_leavers_eet", data, "2023-03-01", "2023-03-31"))).toEqual([0, 0, null]);
  });

  it("code lists", () => {
    for (const c of ["F1", "P1", "F2", "P2", "F3", "P3", "F4", "P4", "F5", "P5"]) {
      expect(inEet(c)).toBe(true);
    }
    for (const c of ["G4", "G5", "G6", "0", "", null, "F6", "F"]) expect(inEet(c)).toBe(false);
    for (const c of ["B1", "Z1", " e1 "]) expect(suitablyAccommodated(c)).toBe(true);
    for (const c of ["B2", "X2", "0", "B", null, "11"]) expect(suitablyAccommodated(c)).toBe(false);
  });
});
