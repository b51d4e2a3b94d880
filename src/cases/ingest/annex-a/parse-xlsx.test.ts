/**
 * parseAnnexAXlsx on workbooks written for the purpose (by exceljs, or by hand): the
 * ways real LA workbooks differ from the template.
 */
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { RULES } from "./rules.ts";
import {
  buildZip,
  minimalWorkbookParts,
  problemCounts,
  runXlsx,
  scratchDir,
  typeCounts,
  writeWorkbook,
  writeZip,
} from "./test-kit.ts";

const scratch = scratchDir();
afterAll(() => scratch.remove());
let n = 0;
const nextPath = () => join(scratch.dir, `wb-${++n}.xlsx`);

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe("parseAnnexAXlsx", () => {
  it("finds lists by content whatever the sheets are called or where they are", async () => {
    const path = nextPath();
    await writeWorkbook(path, [
      { name: "Notes", rows: [["Prepared for Ofsted"], ["Child Unique ID is our Mosaic id"]] },
      {
        // Renamed tab, a note and a title above the header, headers in odd case/spacing.
        name: "Referrals",
        rows: [
          ["Exported 01/04/2024"],
          ["List 3: Referral"],
          ["CHILD UNIQUE ID", "Gender", "date  of\nreferral", "Referral source", "Referral NFA"],
          ["R1", "b) Female", utc(2024, 1, 15), "e) 2A: Schools", "a) Yes"],
        ],
      },
      {
        name: "List 1",
        rows: [
          ["Child Unique ID", "Date of Contact", "Contact Source"],
          ["C1", "03/02/2024", "6"],
          [],
          ["C2", 45325, "Police"], // an Excel serial that lost its date format: 2024-02-03
        ],
      },
    ]);
    const outcome = await runXlsx(path);
    expect(outcome.problems).toEqual([]);
    // Tab order: Referrals before List 1.
    expect(outcome.lists).toEqual([
      { list: 3, rows: 1 },
      { list: 1, rows: 2 },
    ]);
    expect(outcome.records).toEqual([
      {
        type: "referral",
        record: {
          laChildId: "R1",
          referralDate: "2024-01-15",
          source: "2A",
          nfa: true,
          primaryNeed: null,
          closureDate: null,
          closureReason: null,
        },
      },
      {
        type: "contact",
        record: { laChildId: "C1", contactDate: "2024-02-03", source: "6", outcome: null },
      },
      {
        type: "contact",
        record: { laChildId: "C2", contactDate: "2024-02-03", source: "6", outcome: null },
      },
      {
        type: "child",
        record: {
          laChildId: "R1",
          upn: null,
          dateOfBirth: null,
          sex: "F",
          ethnicity: null,
          disabilities: [],
        },
      },
      {
        type: "child",
        record: {
          laChildId: "C1",
          upn: null,
          dateOfBirth: null,
          sex: null,
          ethnicity: null,
          disabilities: [],
        },
      },
      {
        type: "child",
        record: {
          laChildId: "C2",
          upn: null,
          dateOfBirth: null,
          sex: null,
          ethnicity: null,
          disabilities: [],
        },
      },
    ]);
  });

  it("reads date cells, serials and DD/MM/YYYY text alike, and reports bad dates by row and column", async () => {
    const path = nextPath();
    await writeWorkbook(path, [
      {
        name: "List 4",
        rows: [
          [
            "Child Unique ID",
            "Continuous Assessment Start Date",
            "Continuous Assessment Date of Authorisation",
          ],
          ["A1", utc(2023, 12, 29), 45320], // serial 45320 = 2024-01-29
          ["A2", "29/12/2023", "29/01/2024"],
          ["A3", "31/02/2024", ""],
          ["A4", "", "01/01/2024"],
          ["A5", "01/03/2024", "01/02/2024"],
        ],
      },
    ]);
    const outcome = await runXlsx(path);
    const assessments = outcome.records.filter((r) => r.type === "assessment").map((r) => r.record);
    expect(assessments).toEqual([
      expect.objectContaining({
        laChildId: "A1",
        startDate: "2023-12-29",
        completionDate: "2024-01-29",
      }),
      expect.objectContaining({
        laChildId: "A2",
        startDate: "2023-12-29",
        completionDate: "2024-01-29",
      }),
      expect.objectContaining({
        laChildId: "A5",
        startDate: "2024-03-01",
        completionDate: "2024-02-01",
      }),
    ]);
    expect(outcome.problems.map((p) => [p.rule, p.severity, p.row, p.column])).toEqual([
      [RULES.dateInvalid, "error", 4, "List 4!Continuous Assessment Start Date"],
      [RULES.missingMandatory, "error", 5, "List 4!Continuous Assessment Start Date"],
      [RULES.endBeforeStart, "warning", 6, "List 4!Continuous Assessment Date of Authorisation"],
    ]);
  });

  it("reports a list without its key column once, and loads none of its rows", async () => {
    const path = nextPath();
    await writeWorkbook(path, [
      {
        name: "List 7",
        rows: [
          ["Child Unique ID", "Initial Category of Abuse"],
          ["P1", "Neglect"],
        ],
      },
      {
        name: "List 1",
        rows: [
          ["Child Unique ID", "Date of Contact"],
          ["C1", "01/01/2024"],
        ],
      },
    ]);
    const outcome = await runXlsx(path);
    expect(outcome.lists).toEqual([
      { list: 7, rows: 1 },
      { list: 1, rows: 1 },
    ]);
    expect(typeCounts(outcome)).toEqual({ contact: 1, child: 1 });
    expect(problemCounts(outcome)).toEqual({
      "ANNEXA_MISSING_COLUMN/error/List 7!Child Protection Plan Start Date": 1,
    });
  });

  it("loads List 8 without its start date column as children only, with a warning", async () => {
    const path = nextPath();
    await writeWorkbook(path, [
      {
        name: "CLA",
        rows: [
          ["Child Unique ID", "Gender", "Child's Legal Status", "Placement Type"],
          ["L1", "Male", "C2: FCO", "f) U6: Foster placement - not FFA"],
        ],
      },
    ]);
    const outcome = await runXlsx(path);
    expect(outcome.lists).toEqual([{ list: 8, rows: 1 }]);
    expect(typeCounts(outcome)).toEqual({ child: 1 });
    expect(problemCounts(outcome)).toEqual({
      "ANNEXA_MISSING_COLUMN/warning/CLA!Date Started to be Looked After": 1,
    });
  });

  it("reports a sheet named as a list whose header row cannot be found", async () => {
    const path = nextPath();
    await writeWorkbook(path, [
      {
        name: "List 2",
        rows: [
          ["Reference", "Start"],
          ["X", "01/01/2024"],
        ],
      },
      {
        name: "List 1",
        rows: [
          ["Child Unique ID", "Date of Contact"],
          ["C1", "01/01/2024"],
        ],
      },
    ]);
    const outcome = await runXlsx(path);
    expect(outcome.problems.map((p) => [p.rule, p.severity, p.column])).toEqual([
      [RULES.missingColumn, "error", "List 2!Child Unique ID"],
    ]);
  });

  it("stops at the row limit with INPUT_TOO_MANY_RECORDS and emits no children", async () => {
    const path = nextPath();
    const rows: unknown[][] = [["Child Unique ID", "Date of Contact"]];
    for (let i = 0; i < 20; i++) rows.push([`C${i}`, "01/01/2024"]);
    await writeWorkbook(path, [{ name: "List 1", rows }]);
    const outcome = await runXlsx(path, "big.xlsx", { maxRows: 10 });
    expect(outcome.problems.map((p) => [p.rule, p.row])).toEqual([[RULES.tooManyRecords, 12]]);
    expect(typeCounts(outcome)).toEqual({ contact: 10 });
  });

  it("reads zips whose sizes follow the data (data descriptors), as streaming writers make", async () => {
    const path = nextPath();
    const parts = minimalWorkbookParts("List 1", [
      ["Child Unique ID", "Date of Contact"],
      ["C1", "01/01/2024"],
    ]).map((part) => ({ ...part, descriptor: true }));
    writeZip(path, parts);
    const outcome = await runXlsx(path);
    expect(outcome.problems).toEqual([]);
    expect(typeCounts(outcome)).toEqual({ contact: 1, child: 1 });
  });

  it("keeps a character whole when a read boundary splits its UTF-8 bytes", async () => {
    // Parts are read in 64 KB chunks; place the 3-byte "’" across the first boundary,
    // split 1+2 and 2+1, in a stored (uncompressed) sheet so offsets are exact.
    const partsWith = (filler: number) =>
      minimalWorkbookParts("List 2", [
        ["Child Unique ID", "Assessment start date", "Organisation completing assessment"],
        ["E1", "01/01/2024", `${"x".repeat(filler)} Children’s Centre`],
      ]).map((part) => ({ ...part, method: 0 as const }));
    const quoteAt = (filler: number) => {
      const sheet = partsWith(filler).find((part) => part.name === "xl/worksheets/sheet1.xml");
      return Buffer.from(String(sheet?.data), "utf8").indexOf("’");
    };
    for (const target of [65_534, 65_535]) {
      const filler = 60_000 + (target - quoteAt(60_000));
      expect(quoteAt(filler)).toBe(target);
      const path = nextPath();
      writeZip(path, partsWith(filler));
      const outcome = await runXlsx(path);
      const help = outcome.records.find((r) => r.type === "early_help");
      expect(
        help?.type === "early_help" && help.record.organisation?.endsWith(" Children’s Centre"),
      ).toBe(true);
    }
  });

  it("is not fooled by a stored workbook part that is no XML", async () => {
    const path = nextPath();
    const parts = minimalWorkbookParts("List 1", [["Child Unique ID"]]).map((part) =>
      part.name === "xl/workbook.xml" ? { ...part, data: "\u0000\u0001binary" } : part,
    );
    writeZip(path, parts);
    const outcome = await runXlsx(path);
    expect(outcome.problems.map((p) => p.rule)).toEqual([RULES.xlsxMalformed]);
  });

  it("hand-built zip with the list and nothing else has no problems", async () => {
    const path = nextPath();
    writeZip(
      path,
      minimalWorkbookParts("Sheet1", [
        ["Child Unique ID", "CIN Start Date"],
        ["N1", "02/02/2022"],
      ]),
    );
    const outcome = await runXlsx(path);
    expect(outcome.problems).toEqual([]);
    expect(outcome.lists).toEqual([{ list: 6, rows: 1 }]);
    expect(buildZip([]).length).toBe(22);
  });
});
