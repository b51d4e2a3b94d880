/**
 * Every sample workbook in ../shared/data/samples/annex_a parses, with the counts below
 * checked by hand: rows per list from exceljs dumps of each sheet (non-blank rows under
 * the header row), distinct child ids over Lists 1-10, and each problem looked up in
 * the sheet. Then the same sheets as one CSV per list must give the same records.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { CaseRecord, ChildRecord } from "../../model.ts";
import { RecordMerger } from "./merge.ts";
import {
  type Outcome,
  problemCounts,
  runCsv,
  runXlsx,
  SAMPLES_DIR,
  sheetsAsCsv,
  typeCounts,
} from "./test-kit.ts";

const LIIA_LISTS = [
  { list: 1, rows: 5 },
  { list: 2, rows: 5 },
  { list: 3, rows: 6 },
  { list: 4, rows: 5 },
  { list: 5, rows: 5 },
  { list: 6, rows: 5 },
  { list: 7, rows: 7 },
  { list: 8, rows: 5 },
  { list: 9, rows: 6 },
  { list: 10, rows: 5 },
  { list: 11, rows: 5 },
];

const LIIA_RECORDS = {
  contact: 5,
  early_help: 5,
  referral: 11, // List 3 (6) + List 6 (5): no child/date in both
  assessment: 5,
  section47: 5,
  cp_plan: 7,
  lac_episode: 5,
  care_leaver: 6,
  child: 48, // distinct ids over Lists 1-10
};

/** Column 10 of List 4 is "CS Assessment Updated" on all 5 rows; List 6 row 2 "PSRMEM - ...". */
const LIIA_PROBLEMS = {
  "ANNEXA_UNKNOWN_CODE/warning/List 4!Was the child assessed as requiring LA children's social care support?": 5,
  "ANNEXA_UNKNOWN_CODE/warning/List 6!Primary Need Code": 1,
};

const expected: Record<
  string,
  {
    lists: { list: number; rows: number }[];
    records: Record<string, number>;
    problems: Record<string, number>;
  }
> = {
  "liia-tools/Annex_A.xlsx": { lists: LIIA_LISTS, records: LIIA_RECORDS, problems: LIIA_PROBLEMS },
  // The 2024 variant: List 9 gains UASC, personal adviser, pathway plan and contact columns.
  "liia-tools-pipeline/Annex_A_2024_Jan.xlsx": {
    lists: LIIA_LISTS,
    records: LIIA_RECORDS,
    problems: LIIA_PROBLEMS,
  },
  // The empty template: title row, header row, no data.
  "cscdp/ofsted_annex_a_template_aug2019.xlsx": {
    lists: LIIA_LISTS.map(({ list }) => ({ list, rows: 0 })),
    records: {},
    problems: {},
  },
  // List 1: one contact ("POLICE" as a bare label). List 2: ten rows, rows 7-12 with
  // text dates "2010-01-01", row 10 with date of birth "May be 8 Jan 2000" (rejected),
  // rows 11 and 12 the same child and date. Nine ids, one only on the rejected row.
  "cscdp/example-B-2004.xlsx": {
    lists: LIIA_LISTS.map(({ list }) => ({ list, rows: list === 1 ? 1 : list === 2 ? 10 : 0 })),
    records: { contact: 1, early_help: 9, child: 8 },
    problems: { "ANNEXA_DATE_INVALID/error/List_2!Date of Birth": 1 },
  },
};

describe("parseAnnexAXlsx on the sample workbooks", () => {
  for (const [sample, want] of Object.entries(expected)) {
    it(sample, async () => {
      const outcome = await runXlsx(join(SAMPLES_DIR, sample), sample);
      expect(outcome.lists).toEqual(want.lists);
      expect(typeCounts(outcome)).toEqual(want.records);
      expect(problemCounts(outcome)).toEqual(want.problems);
      for (const p of outcome.problems) expect(p.file).toBe(sample);
    });
  }

  it("maps the liia-tools rows as the sheet shows them", async () => {
    const outcome = await runXlsx(join(SAMPLES_DIR, "liia-tools/Annex_A.xlsx"));
    const find = (type: string, id: string) =>
      outcome.records.find(
        (r) => r.type === type && (r.record as { laChildId?: string }).laChildId === id,
      )?.record;
    // List 1 row 2: "Female" without prefix, "q) 6: Police".
    expect(find("contact", "9212044")).toEqual({
      laChildId: "9212044",
      contactDate: "2020-09-16",
      source: "6",
      outcome: null,
    });
    // List 8 row 6: ceased, "k) E47: ...", "e) PR4 - Private provision" (dash, not colon).
    expect(find("lac_episode", "3623204")).toEqual({
      laChildId: "3623204",
      decom: "2008-10-22",
      rne: "S",
      legalStatus: "C1",
      cinCode: "N1",
      placement: "H5",
      placementProvider: "PR4",
      dec: "2020-09-22",
      reasonEpisodeCeased: "E47",
      reasonPlaceChange: null,
      homePostcode: null,
      placementPostcode: "P13 2TR",
      urn: null,
    });
    // List 7 row 2: labels without prefix become CIN codes; latest review kept.
    expect(find("cp_plan", "10721552")).toEqual({
      laChildId: "10721552",
      startDate: "2020-11-23",
      endDate: "2021-02-16",
      initialCategory: "PHY",
      latestCategory: "PHY",
      previousPlans: 0,
      reviewDates: ["2021-02-16"],
    });
    // List 9 row 2: "Y: Other accommodation" + "a) Suitable" -> OC3 "Y1".
    expect(find("care_leaver", "7961370")).toEqual({
      laChildId: "7961370",
      inTouch: "YES",
      activity: "F1",
      accommodation: "Y1",
    });
    // List 5 row 4: ICPC deemed unnecessary, no conference date.
    expect(find("section47", "10273003")).toMatchObject({ icpcDate: null, icpcNotRequired: true });
    // List 4 row 2: disability "b) No" reaches the child.
    expect(find("child", "10692868")).toMatchObject({
      sex: "F",
      ethnicity: "APKN",
      disabilities: ["NONE"],
    });
  });
});

/** Records as a loader would keep them: children merged over files, like the xlsx parse. */
function comparable(records: readonly CaseRecord[]) {
  const merger = new RecordMerger();
  const others: CaseRecord[] = [];
  for (const record of records) {
    if (record.type === "child") merger.noteChild(record.record);
    else others.push(record);
  }
  const children: ChildRecord[] = [...merger.allChildren()].sort((a, b) =>
    a.laChildId.localeCompare(b.laChildId),
  );
  return { others, children };
}

/** Problems without the sheet-name prefix (the sheet is "List_2" in one, "List 2" in CSV). */
function problemKeys(outcome: Outcome): string[] {
  return outcome.problems.map(
    (p) => `${p.rule}/${p.severity}/${p.row}/${p.column?.slice(p.column.indexOf("!") + 1)}`,
  );
}

describe("the same lists as one CSV per list", () => {
  for (const sample of Object.keys(expected)) {
    it(`${sample} gives the same records and problems`, async () => {
      const path = join(SAMPLES_DIR, sample);
      const fromXlsx = await runXlsx(path);
      const csvs: Outcome[] = [];
      for (const sheet of await sheetsAsCsv(path)) {
        if (!/^List[ _]\d+$/.test(sheet.name)) continue;
        csvs.push(await runCsv(sheet.csv, `${sheet.name}.csv`));
      }
      const fromCsv: Outcome = {
        lists: csvs.flatMap((o) => o.lists),
        records: csvs.flatMap((o) => o.records),
        problems: csvs.flatMap((o) => o.problems),
      };
      expect(fromCsv.lists).toEqual(fromXlsx.lists);
      expect(comparable(fromCsv.records)).toEqual(comparable(fromXlsx.records));
      expect(problemKeys(fromCsv)).toEqual(problemKeys(fromXlsx));
    });
  }
});
