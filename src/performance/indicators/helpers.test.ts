/** Unit tests for the small building blocks behind the looked-after and CP indicators. */
import { describe, expect, it } from "vitest";
import { englandAndWalesCalendar } from "../../calendar/working-days.ts";
import { continuousCareSince } from "./care-spell.ts";
import { ledToAssessment } from "./conversion.ts";
import { cpReviewsOnTime } from "./cp-reviews.ts";
import { episodeOpenAt, episodeOpenDuring, openEpisodeAt } from "./episodes.ts";
import { lacReviewsOnTime } from "./lac-reviews.ts";
import { periodOfCareStart } from "./period-of-care.ts";
import { placements, placementsDuring } from "./placements.ts";
import { prepareCaseData } from "./prepare.ts";
import { earliestAfter, earliestOnOrAfter, latestBefore, latestOnOrBefore } from "./sorted.ts";
import { caseData, child, episode, plan, visit } from "./test-fixtures.ts";
import type { CaseData } from "./types.ts";
import { lastClockStart } from "./visits.ts";

const episodesOf = (rows: CaseData["lacEpisodes"], child = "A") =>
  prepareCaseData(caseData({ lacEpisodes: rows })).episodesByChild.get(child) ?? [];

describe("episodes", () => {
  const [e] = episodesOf([episode("A", "2024-01-10", "2024-02-10", "S")]);
  it("open at t: DECOM <= t < DEC", () => {
    if (e === undefined) throw new Error("no episode");
    expect(episodeOpenAt(e, "2024-01-09")).toBe(false);
    expect(episodeOpenAt(e, "2024-01-10")).toBe(true);
    expect(episodeOpenAt(e, "2024-02-09")).toBe(true);
    expect(episodeOpenAt(e, "2024-02-10")).toBe(false);
  });

  it("open during [from, to] iff open on some day of it", () => {
    if (e === undefined) throw new Error("no episode");
    expect(episodeOpenDuring(e, "2024-02-10", "2024-03-01")).toBe(false); // ended on `from`
    expect(episodeOpenDuring(e, "2024-02-09", "2024-03-01")).toBe(true);
    expect(episodeOpenDuring(e, "2023-12-01", "2024-01-09")).toBe(false); // started after
    expect(episodeOpenDuring(e, "2023-12-01", "2024-01-10")).toBe(true);
  });

  it("openEpisodeAt picks the latest-starting open episode", () => {
    const list = episodesOf([
      episode("A", "2023-01-01", null, "S"),
      episode("A", "2023-06-01", null, "P"),
      episode("A", "2023-09-01", "2023-10-01", "P"),
    ]);
    expect(openEpisodeAt(list, "2024-01-01")?.decom).toBe("2023-06-01");
    expect(openEpisodeAt(list, "2022-12-31")).toBeNull();
  });
});

describe("placements", () => {
  it("starts one at every non-L episode, L continues", () => {
    const list = episodesOf([
      episode("A", "2023-01-01", "2023-02-01", "L"), // nothing to continue: starts one
      episode("A", "2023-02-01", "2023-03-01", "L"),
      episode("A", "2023-03-01", "2023-04-01", "P"),
      episode("A", "2023-04-01", "2023-05-01", " l "), // trimmed, case-insensitive
      episode("A", "2023-05-01", null, null), // missing RNE: not L, so a new placement
    ]);
    expect(placements(list).map((p) => p.map((e) => e.decom))).toEqual([
      ["2023-01-01", "2023-02-01"],
      ["2023-03-01", "2023-04-01"],
      ["2023-05-01"],
    ]);
    expect(placementsDuring(list, "2023-04-01", "2023-04-30")).toBe(1);
    expect(placementsDuring(list, "2023-03-01", "2023-05-01")).toBe(2);
  });
});

describe("periodOfCareStart", () => {
  it("walks back while each episode starts the day the previous ended", () => {
    const list = episodesOf([
      episode("A", "2023-01-01", "2023-02-01", "S"),
      episode("A", "2023-02-01", "2023-03-01", "P"),
      episode("A", "2023-03-01", null, "L"),
    ]);
    expect(periodOfCareStart(list, "2024-01-01")).toEqual({ kind: "started", date: "2023-01-01" });
    expect(periodOfCareStart(list, "2022-01-01")).toEqual({ kind: "not_looked_after" });
  });

  it("stops at the latest S", () => {
    const list = episodesOf([
      episode("A", "2023-01-01", "2023-02-01", "S"),
      episode("A", "2023-02-01", null, "S"),
    ]);
    expect(periodOfCareStart(list, "2024-01-01")).toEqual({ kind: "started", date: "2023-02-01" });
  });

  it("reports a broken chain", () => {
    const list = episodesOf([
      episode("A", "2023-01-01", "2023-01-31", "S"),
      episode("A", "2023-02-01", null, "P"),
    ]);
    expect(periodOfCareStart(list, "2024-01-01")).toEqual({ kind: "chain_broken" });
  });
});

describe("cpReviewsOnTime", () => {
  it.each([
    ["2024-01-31", [], "2024-04-30", true], // due addMonths(01-31, 3) = 04-30 = to
    ["2024-01-31", [], "2024-05-01", false],
    ["2024-01-31", ["2024-04-30"], "2024-10-30", true], // next due 10-30 = to
    ["2024-01-31", ["2024-04-30"], "2024-10-31", false],
    ["2024-01-31", ["2024-05-01"], "2024-05-01", false], // first a day late
  ] as const)("start %s reviews %j at %s: %s", (start, reviews, to, expected) => {
    expect(cpReviewsOnTime(start, reviews, to)).toBe(expected);
  });
});

describe("lacReviewsOnTime", () => {
  const cal = englandAndWalesCalendar();
  it.each([
    // Thu 2024-02-29 + 20 working days = 2024-03-28 (Good Friday 29 Mar, Easter Monday 1 Apr)
    ["2024-02-29", [], "2024-03-28", true],
    ["2024-02-29", [], "2024-04-02", false], // 21 working days
    ["2024-02-29", ["2024-04-02"], "2024-04-02", false], // first review at 21
    ["2024-02-29", ["2024-03-28"], "2024-06-28", true], // second due 06-28 = to
    ["2024-02-29", ["2024-03-28"], "2024-06-29", false],
    ["2024-02-29", ["2024-03-28", "2024-06-28"], "2024-12-28", true], // third due 12-28
    ["2024-02-29", ["2024-03-28", "2024-06-29"], "2024-07-01", false], // second late
    ["2024-02-29", ["2024-03-28", "2024-06-28", "2024-12-29"], "2025-01-01", false],
  ] as const)("start %s reviews %j at %s: %s", (start, reviews, to, expected) => {
    expect(lacReviewsOnTime(start, reviews, to, cal)).toBe(expected);
  });
});

describe("prepareCaseData", () => {
  it("merges by natural key, later wins whole, and de-duplicates review dates", () => {
    const prepared = prepareCaseData(
      caseData({
        cpPlans: [
          plan("A", "2024-01-01", null, { reviewDates: ["2024-03-01", "2024-04-01"] }),
          plan("A", "2024-01-01", null, {
            reviewDates: ["2024-04-10", "2024-03-10", "2024-04-10"],
          }),
        ],
      }),
    );
    expect(prepared.cpPlans).toHaveLength(1);
    expect(prepared.cpPlans[0]?.reviewDates).toEqual(["2024-03-10", "2024-04-10"]);
  });

  it("finds the latest date strictly before another", () => {
    const dates = ["2024-01-01", "2024-02-01", "2024-03-01"];
    expect(latestBefore(dates, "2024-02-01")).toBe("2024-01-01");
    expect(latestBefore(dates, "2024-02-02")).toBe("2024-02-01");
    expect(latestBefore(dates, "2024-01-01")).toBeNull();
    expect(latestBefore([], "2024-01-01")).toBeNull();
  });

  it("finds neighbours on or before, on or after, and strictly after", () => {
    const dates = ["2024-01-01", "2024-02-01", "2024-03-01"];
    expect(latestOnOrBefore(dates, "2024-02-01")).toBe("2024-02-01");
    expect(latestOnOrBefore(dates, "2024-01-31")).toBe("2024-01-01");
    expect(latestOnOrBefore(dates, "2023-12-31")).toBeNull();
    expect(earliestOnOrAfter(dates, "2024-02-01")).toBe("2024-02-01");
    expect(earliestOnOrAfter(dates, "2024-02-02")).toBe("2024-03-01");
    expect(earliestOnOrAfter(dates, "2024-03-02")).toBeNull();
    expect(earliestAfter(dates, "2024-02-01")).toBe("2024-03-01");
    expect(earliestAfter(dates, "2024-01-15")).toBe("2024-02-01");
    expect(earliestAfter(dates, "2024-03-01")).toBeNull();
  });

  it("keeps short breaks out of care episodes, only counting visits not recorded unseen", () => {
    const prepared = prepareCaseData(
      caseData({
        lacEpisodes: [
          episode("A", "2024-01-01", "2024-01-03", "S", { legalStatus: "V4" }),
          episode("A", "2024-02-01", null, "S", { legalStatus: "C2" }),
          episode("B", "2024-01-01", null, "S", { legalStatus: "V3" }),
        ],
        visits: [
          visit("A", "lac", "2024-02-02", false),
          visit("A", "lac", "2024-02-03", null),
          visit("A", "cp", "2024-02-04", true),
        ],
        children: [child("A", "2010-01-01"), child("B", "2010-13-01"), child("C", null)],
      }),
    );
    expect(prepared.episodesByChild.get("A")).toHaveLength(2);
    expect(prepared.careEpisodesByChild.get("A")?.map((e) => e.decom)).toEqual(["2024-02-01"]);
    expect(prepared.careEpisodesByChild.has("B")).toBe(false);
    expect(prepared.visitDatesByChild.lac.get("A")).toEqual(["2024-02-03"]);
    expect(prepared.visitDatesByChild.cp.get("A")).toEqual(["2024-02-04"]);
    expect([...prepared.dateOfBirthByChild]).toEqual([["A", "2010-01-01"]]);
    expect([...prepared.invalidDateOfBirth]).toEqual(["B"]);
  });
});

describe("continuousCareSince", () => {
  it("walks back over episodes that end on or after the spell's first day", () => {
    const list = episodesOf([
      episode("A", "2020-01-01", "2020-06-01", "S"), // before a gap: not part of it
      episode("A", "2021-01-01", "2022-01-01", "S"), // long episode bridging...
      episode("A", "2021-03-01", "2021-04-01", "P"), // ...past this short one
      episode("A", "2022-01-01", "2023-01-01", "P"), // ends on the day the next starts
      episode("A", "2023-01-01", null, "L"),
    ]);
    expect(continuousCareSince(list, "2024-01-01")).toBe("2021-01-01");
    expect(continuousCareSince(list, "2020-03-01")).toBe("2020-01-01");
    expect(continuousCareSince(list, "2020-08-01")).toBeNull(); // in the gap
  });
});

describe("visit clocks and referral windows", () => {
  it("the clock starts at the later of the start and the last visit on or before `to`", () => {
    const visits = ["2024-01-10", "2024-02-10", "2024-03-10"];
    expect(lastClockStart("2024-01-01", visits, "2024-03-01")).toBe("2024-02-10");
    expect(lastClockStart("2024-02-20", visits, "2024-03-01")).toBe("2024-02-20");
    expect(lastClockStart("2024-01-01", [], "2024-03-01")).toBe("2024-01-01");
  });

  it("an assessment led from a referral: [referral, next referral), not after closure", () => {
    expect(ledToAssessment("2024-01-10", null, null, ["2024-01-10"])).toBe(true);
    expect(ledToAssessment("2024-01-10", "2024-02-01", null, ["2024-02-01"])).toBe(false);
    expect(ledToAssessment("2024-01-10", "2024-02-01", null, ["2024-01-31"])).toBe(true);
    expect(ledToAssessment("2024-01-10", null, "2024-01-20", ["2024-01-21"])).toBe(false);
    expect(ledToAssessment("2024-01-10", null, "2024-01-20", ["2024-01-09"])).toBe(false);
  });
});
