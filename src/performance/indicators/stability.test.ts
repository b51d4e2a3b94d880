import { describe, expect, it } from "vitest";
import { child, episode, figure, run } from "./test-fixtures.ts";

// to = 2024-03-31: in care since on or before addMonths(to, -30) = 2021-09-30; in the
// placement since on or before addMonths(to, -24) = 2022-03-31; under 16 when the 16th
// birthday is after 2024-03-31 (born after 2008-03-31).
const TO = "2024-03-31";
const kids = ["A", "B", "C", "D", "E", "F", "G", "L", "M"].map((id) => child(id, "2010-01-01"));
const children = [
  ...kids,
  child("H", "2008-03-31"), // 16 on `to`: out
  child("I", "2008-04-01"), // 16 the day after: in
  child("K", "2010-02-30"), // impossible date of birth
];
const lacEpisodes = [
  episode("A", "2021-09-30", null, "S"), // exactly 2.5 years in one placement: in, stable
  episode("B", "2021-10-01", null, "S"), // a day short of 2.5 years: out
  episode("C", "2021-01-01", "2022-03-31", "S"), // moved exactly 2 years ago: stable
  episode("C", "2022-03-31", null, "P"),
  episode("D", "2021-01-01", "2022-04-01", "S"), // moved a day later: not stable
  episode("D", "2022-04-01", null, "P"),
  episode("E", "2021-01-01", "2022-04-01", "S"), // legal status change only: same placement
  episode("E", "2022-04-01", null, "L"),
  // F: placed for adoption last year, after a foster placement from 2021: together 3 years
  episode("F", "2021-01-01", "2023-06-01", "S", { placement: "U4" }),
  episode("F", "2023-06-01", null, "P", { placement: "a5" }),
  // G: adoption placement, but the placement before it began only in June 2022
  episode("G", "2021-06-01", "2022-06-01", "S", { placement: "U4" }),
  episode("G", "2022-06-01", "2023-06-01", "P", { placement: "U4" }),
  episode("G", "2023-06-01", null, "P", { placement: "A5" }),
  episode("H", "2020-01-01", null, "S"),
  episode("I", "2020-01-01", null, "S"),
  episode("J", "2020-01-01", null, "S"), // no child record at all
  episode("K", "2020-01-01", null, "S"),
  episode("L", "2020-01-01", TO, "S"), // left care on `to`
  episode("M", "2020-01-01", "2023-01-01", "S"), // back in care after a gap in 2023: out
  episode("M", "2023-01-02", null, "S"),
];

describe("lac_long_term_stability (NI 63)", () => {
  it("2.5 years in care, under 16; same placement 2 years, or adoption following on", () => {
    const r = run("lac_long_term_stability", { children, lacEpisodes }, "2023-04-01", TO);
    // denominator A C D E F G I = 7; stable A C E F I = 5; 500 / 7 = 71.43 -> 71.4
    expect(figure(r)).toEqual([5, 7, 71.4]);
    expect(r.numeratorKeys).toEqual(["child:A", "child:C", "child:E", "child:F", "child:I"]);
    expect(r.denominatorKeys).toEqual([
      "child:A",
      "child:C",
      "child:D",
      "child:E",
      "child:F",
      "child:G",
      "child:I",
    ]);
    expect(r.excluded).toEqual([
      { key: "child:J", reason: "missing date of birth" },
      { key: "child:K", reason: "invalid date" },
    ]);
  });

  it("an adoption placement counts with the placement just before it, if joined to it", () => {
    const stable = (lacEpisodes: ReturnType<typeof episode>[]) =>
      run(
        "lac_long_term_stability",
        { children: [child("A", "2015-01-01")], lacEpisodes },
        "2023-04-01",
        TO,
      ).numerator;
    // The placement just before the adoptive one (R1) began 2023-05-01, even though the
    // foster placement before that began in 2021: not 2 years together.
    expect(
      stable([
        episode("A", "2021-01-01", "2023-05-01", "S", { placement: "U4" }),
        episode("A", "2023-05-01", "2023-06-01", "P", { placement: "R1" }),
        episode("A", "2023-06-01", null, "P", { placement: "A6" }),
      ]),
    ).toBe(0);
    // Overlapping episodes (a data oddity) keep care unbroken, but the R1 placement ended
    // in 2022 and the adoptive one began in 2023: they do not run on from each other.
    expect(
      stable([
        episode("A", "2020-01-01", "2024-06-01", "S", { placement: "U4" }),
        episode("A", "2021-01-01", "2022-01-01", "P", { placement: "R1" }),
        episode("A", "2023-06-01", null, "P", { placement: "A5" }),
      ]),
    ).toBe(0);
    // ...whereas R1 ending on the day the adoption placement began would count.
    expect(
      stable([
        episode("A", "2020-01-01", "2024-06-01", "S", { placement: "U4" }),
        episode("A", "2021-01-01", "2023-06-01", "P", { placement: "R1" }),
        episode("A", "2023-06-01", null, "P", { placement: "A5" }),
      ]),
    ).toBe(1);
  });
});
