import { describe, expect, it } from "vitest";
import { episode, figure, lacReview, run } from "./test-fixtures.ts";

const FROM = "2023-04-01";
const TO = "2024-03-31";

describe("lac_at_end", () => {
  it("looked after at t: DECOM <= t and (DEC empty or DEC > t)", () => {
    const lacEpisodes = [
      episode("A", "2023-01-01", "2024-03-31", "S"), // ended on `to`: not looked after
      episode("B", "2023-01-01", "2024-04-01", "S"), // ends after `to`
      episode("C", "2024-03-31", null, "S"), // started on `to`
      episode("D", "2024-04-01", null, "S"), // starts after
      // E: the later extract closes the episode (same CHILD and DECOM: later row wins)
      episode("E", "2023-01-01", null, "S"),
      episode("E", "2023-01-01", "2024-02-01", "S"),
      // F: two open episodes (a data oddity) still make one child
      episode("F", "2023-01-01", null, "S"),
      episode("F", "2023-06-01", null, "P"),
    ];
    const r = run("lac_at_end", { lacEpisodes }, FROM, TO);
    expect(figure(r)).toEqual([3, null, 3]);
    expect(r.numeratorKeys).toEqual(["child:B", "child:C", "child:F"]);
  });
});

describe("lac_3plus_placements (window 2023-04-01 to 2024-03-31)", () => {
  const lacEpisodes = [
    // P: the first placement ended exactly on the window's first day, so it was not
    // ongoing in the window; the L episodes continue placement 3. Placements: 2.
    episode("P", "2022-01-01", "2023-04-01", "S"),
    episode("P", "2023-04-01", "2023-08-01", "P"),
    episode("P", "2023-08-01", "2023-12-01", "P"),
    episode("P", "2023-12-01", "2024-01-01", "L"),
    episode("P", "2024-01-01", null, "L"),
    // Q: the first placement was still ongoing on 2023-04-01 (it ended 04-02); U starts a
    // placement too; then L continues it. Placements: 3.
    episode("Q", "2023-03-01", "2023-04-02", "S"),
    episode("Q", "2023-04-02", "2023-06-01", "P"),
    episode("Q", "2023-06-01", "2023-09-01", "U"),
    episode("Q", "2023-09-01", null, "L"),
    // S: B starts a placement as well. Placements: 3.
    episode("S", "2023-05-01", "2023-06-01", "S"),
    episode("S", "2023-06-01", "2023-07-01", "B"),
    episode("S", "2023-07-01", null, "T"),
    // R: three placements but left care before `to`: not in the denominator.
    episode("R", "2023-05-01", "2023-06-01", "S"),
    episode("R", "2023-06-01", "2023-07-01", "P"),
    episode("R", "2023-07-01", "2023-08-01", "P"),
    // Z: a zero-length episode (DEC = DECOM) is never ongoing; placements: 2.
    episode("Z", "2023-05-01", "2023-05-01", "S"),
    episode("Z", "2023-05-01", "2023-06-01", "P"),
    episode("Z", "2023-06-01", null, "P"),
  ];

  it("counts placements ongoing in the 12 months to `to`", () => {
    const r = run("lac_3plus_placements", { lacEpisodes }, FROM, TO);
    // Z's two rows with DECOM 2023-05-01 are one episode (later row, P, wins): Z has
    // placements 05-01 and 06-01 = 2.
    // denominator P, Q, S, Z = 4; numerator Q, S = 2 -> 50.0
    expect(figure(r)).toEqual([2, 4, 50]);
    expect(r.numeratorKeys).toEqual(["child:Q", "child:S"]);
  });

  it("a leap-year `to` clamps the window start", () => {
    // to = 2024-02-29: window starts addMonths(to, -12) + 1 = 2023-02-28 + 1 = 2023-03-01.
    // An episode ending 2023-03-01 was not ongoing in the window; one ending 03-02 was.
    const late = [
      episode("X", "2022-01-01", "2023-03-01", "S"),
      episode("X", "2023-03-01", "2023-06-01", "P"),
      episode("X", "2023-06-01", "2023-09-01", "P"),
      episode("X", "2023-09-01", null, "P"),
      episode("Y", "2022-01-01", "2023-03-02", "S"),
      episode("Y", "2023-03-02", "2023-06-01", "P"),
      episode("Y", "2023-06-01", null, "P"),
    ];
    const r = run("lac_3plus_placements", { lacEpisodes: late }, "2023-03-01", "2024-02-29");
    // X: 3 in the window (first ended on its first day); Y: 3 -> 2 / 2 = 100.0
    expect(figure(r)).toEqual([2, 2, 100]);
    const narrow = late.filter((e) => e.decom !== "2023-03-01" && e.laChildId === "X");
    expect(run("lac_3plus_placements", { lacEpisodes: narrow }, FROM, "2024-02-29").numerator).toBe(
      0,
    );
  });
});

describe("lac_reviews_on_time (to = 2024-03-31)", () => {
  const lacEpisodes = [
    // A, B: period of care from Mon 2023-12-18. Working days: 19-22 Dec -> 4, (25, 26 Dec
    // holidays) 27-29 -> 7, (1 Jan holiday) 2-5 Jan -> 11, 8-12 -> 16, 15-18 -> 20, 19 -> 21.
    episode("A", "2023-12-18", null, "S"),
    episode("B", "2023-12-18", null, "S"),
    // C: S then a placement change then a legal status change, each starting the day the
    // previous one ended: the period of care starts 2023-01-02. An earlier period of care
    // (2022) ended with a gap, so its reviews are not used.
    episode("C", "2022-06-01", "2022-12-15", "S"),
    episode("C", "2023-01-02", "2023-06-01", "S"),
    episode("C", "2023-06-01", "2023-09-01", "P"),
    episode("C", "2023-09-01", null, "L"),
    // D: no episode with RNE = S at all: chain broken.
    episode("D", "2023-05-01", null, "P"),
    // D2: an S episode exists, but a one-day gap breaks the chain.
    episode("D2", "2023-01-02", "2023-05-01", "S"),
    episode("D2", "2023-05-02", null, "P"),
    // E: started 2024-03-01: wd(03-01, 03-31) = 19 (Good Friday 29 Mar): not in denominator.
    episode("E", "2024-03-01", null, "S"),
    // F: started Thu 2024-02-29: wd = 20: in the denominator; no review yet, not overdue.
    episode("F", "2024-02-29", null, "S"),
    // G: started 2024-02-28: wd = 21, no review: overdue.
    episode("G", "2024-02-28", null, "S"),
    // H: started Thu 2023-06-01; first review 06-15 (wd 10); second due 09-15, held 09-16.
    episode("H", "2023-06-01", null, "S"),
    // I: started 2023-11-01; first review 11-20 (wd 13); second due 2024-02-20: overdue.
    episode("I", "2023-11-01", null, "S"),
    // J: left care on `to`: not looked after.
    episode("J", "2023-01-02", "2024-03-31", "S"),
    // M: two open episodes; the latest-starting one (2024-01-02, S) starts the period of
    // care. Review 01-10 (wd 6); next due 04-10. Timed from 2022 it would be late.
    episode("M", "2022-01-03", null, "S"),
    episode("M", "2024-01-02", null, "S"),
    // N: the same (CHILD, DECOM) twice; the later row (RNE S) wins, so the chain is whole.
    episode("N", "2023-01-02", null, "P"),
    episode("N", "2023-01-02", null, "S"),
  ];
  const lacReviews = [
    lacReview("A", "2024-01-18", null), // wd 20: on time (any review code counts)
    lacReview("B", "2024-01-19"), // wd 21: late
    lacReview("C", "2022-06-20"), // previous period of care: ignored
    lacReview("C", "2022-12-01"), // previous period of care: ignored
    lacReview("C", "2023-01-20"), // wd(01-02, 01-20) = 14: on time
    lacReview("C", "2023-04-20"), // due addMonths(01-20, 3) = 04-20: on time (inclusive)
    lacReview("C", "2023-10-19"), // due 10-20: on time; next due 2024-04-19 >= to
    lacReview("C", "2023-10-19"), // duplicate row: one review
    lacReview("H", "2023-06-15"),
    lacReview("H", "2023-09-16"),
    lacReview("I", "2023-11-20"),
    lacReview("M", "2024-01-10"),
    lacReview("N", "2023-01-20"),
    lacReview("N", "2023-04-20"),
    lacReview("N", "2023-10-19"),
    lacReview("N", "2024-04-01"), // after `to`: not used
  ];

  it("times reviews within the current period of care", () => {
    const r = run("lac_reviews_on_time", { lacEpisodes, lacReviews }, FROM, TO);
    // denominator A, B, C, F, G, H, I, M, N = 9 (E too recent, J not looked after, D and D2
    // excluded); numerator A, C, F, M, N = 5; 500 / 9 = 55.56 -> 55.6
    expect(figure(r)).toEqual([5, 9, 55.6]);
    expect(r.numeratorKeys).toEqual(["child:A", "child:C", "child:F", "child:M", "child:N"]);
    expect(r.denominatorKeys).toEqual([
      "child:A",
      "child:B",
      "child:C",
      "child:F",
      "child:G",
      "child:H",
      "child:I",
      "child:M",
      "child:N",
    ]);
    expect(r.excluded).toEqual([
      { key: "child:D", reason: "period of care chain broken" },
      { key: "child:D2", reason: "period of care chain broken" },
    ]);
  });

  it("the first review's 20 working days skip the Christmas bank holidays", () => {
    // Without the holidays 2023-12-18 -> 2024-01-18 would be 23 working days (late).
    const r = run(
      "lac_reviews_on_time",
      {
        lacEpisodes: [episode("A", "2023-12-18", null, "S")],
        lacReviews: [lacReview("A", "2024-01-18")],
      },
      FROM,
      TO,
    );
    expect(figure(r)).toEqual([1, 1, 100]);
  });

  it("an invalid review date is reported, not fatal", () => {
    const r = run(
      "lac_reviews_on_time",
      {
        lacEpisodes: [episode("F", "2024-02-29", null, "S")],
        lacReviews: [lacReview("F", "2024-13-01")],
      },
      FROM,
      TO,
    );
    expect(figure(r)).toEqual([1, 1, 100]);
    expect(r.excluded).toEqual([{ key: "lac_review:F:2024-13-01", reason: "invalid date" }]);
  });
});
