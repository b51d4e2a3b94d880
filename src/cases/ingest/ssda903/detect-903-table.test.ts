import { describe, expect, it } from "vitest";
import { detectSsda903Table } from "./detect-903-table.ts";
import { SSDA903_TABLES, TABLE_SPECS } from "./tables.ts";
import { dataSamples, readSample } from "./test-helpers.ts";

const split = (line: string) => line.split(",");

describe("detectSsda903Table", () => {
  it("recognises every table from its own columns", () => {
    for (const table of SSDA903_TABLES) {
      expect(detectSsda903Table(TABLE_SPECS[table].columns)).toBe(table);
    }
  });

  it("recognises the header of every CSV sample", () => {
    const expected: Record<string, string> = {
      "DoLo.csv": "deprivation_of_liberty",
      "ad1.csv": "ad1",
      "episodes.csv": "episodes",
      "header.csv": "header",
      "missing.csv": "missing",
      "oc2.csv": "oc2",
      "oc3.csv": "oc3",
      "placed_for_adoption.csv": "placed_for_adoption",
      "placed_for_adoption_errors.csv": "placed_for_adoption",
      "previous_permanence.csv": "previous_permanence",
      "reviews.csv": "reviews",
      "sw_episodes.csv": "social_worker_episodes",
      "uasc.csv": "uasc",
      "SSDA903_2020_episodes.csv": "episodes",
      "SSDA903_2020_header.csv": "header",
      "SSDA903_episodes_for_testing_fixes_INPUT.csv": "episodes",
    };
    const csvs = dataSamples().filter((f) => f.endsWith(".csv"));
    expect(csvs).toHaveLength(Object.keys(expected).length);
    for (const sample of csvs) {
      const firstLine =
        readSample(sample)
          .toString("utf8")
          .replace(/^\uFEFF/, "")
          .split(/\r?\n/)[0] ?? "";
      const name = sample.split("/").at(-1) ?? "";
      expect(detectSsda903Table(split(firstLine)), sample).toBe(expected[name]);
    }
  });

  it("ignores case, surrounding spaces and extra local columns", () => {
    expect(detectSsda903Table([" child ", "decom", "Rne ", "LS", "TEST_COLUMN"])).toBe("episodes");
    expect(detectSsda903Table(["CHILD", "DOB", "review", "review_code", "LA", "YEAR"])).toBe(
      "reviews",
    );
  });

  it("still names a table whose file lacks some of its columns", () => {
    // An older header without MOTHER/MC_DOB, and an episodes file without URN.
    expect(detectSsda903Table(split("CHILD,SEX,DOB,ETHNIC,UPN"))).toBe("header");
    expect(detectSsda903Table(split("DECOM,RNE,LS,CIN,PLACE,DEC,REC"))).toBe("episodes");
  });

  it("returns null for headers that are not SSDA903, or only share CHILD/DOB/SEX", () => {
    expect(detectSsda903Table(split("Rule code,Rule message,Affected fields,Tables"))).toBeNull();
    expect(detectSsda903Table(split("CHILD,SEX,DOB"))).toBeNull();
    expect(detectSsda903Table(split("566910,15/02/2016,L,C2"))).toBeNull();
    expect(detectSsda903Table([])).toBeNull();
    expect(detectSsda903Table([""])).toBeNull();
  });

  it("prefers the table best represented, and gives up on a true tie", () => {
    // Full reviews columns plus one stray column of missing: reviews.
    expect(detectSsda903Table(split("CHILD,DOB,REVIEW,REVIEW_CODE,MIS_START"))).toBe("reviews");
    // Every column of both reviews and deprivation_of_liberty: ambiguous.
    expect(detectSsda903Table(split("CHILD,REVIEW,REVIEW_CODE,DOLO_START,DOLO_END"))).toBeNull();
  });
});
