import { describe, expect, it } from "vitest";
import { RULES } from "./rules.ts";
import { csvLine, problemCounts, runCsv, splitAt, typeCounts } from "./test-kit.ts";

const csv = (...rows: string[][]) => `${rows.map(csvLine).join("\r\n")}\r\n`;

const CP_HEADER = [
  "Child Unique ID",
  "Gender",
  "Date of Birth",
  "Does the Child have a Disability",
  "Child Protection Plan Start Date",
  "Initial Category of Abuse",
  "Latest Category of Abuse",
  "Date of latest review conference",
  "Child Protection Plan End Date",
  "Number of Previous Child Protection Plans",
];

describe("parseAnnexACsv", () => {
  it("reads a list saved from the template: title row, BOM, quoted headers with commas", async () => {
    const text = `\uFEFF${csv(
      ["List 7: Child protection", "List 7: Child protection"],
      CP_HEADER,
      [
        "P1",
        "a) Male",
        "01/02/2015",
        "a) Yes",
        "01/06/2023",
        "a) Neglect",
        "d) Emotional abuse",
        "01/09/2023",
        "",
        "1",
      ],
      ["P2", "F", "45000", "No", "44927", "PHY", "Multiple", "", "44958", "0"],
    )}`;
    const outcome = await runCsv(text, "export.csv");
    expect(outcome.problems).toEqual([]);
    expect(outcome.lists).toEqual([{ list: 7, rows: 2 }]);
    expect(outcome.records).toEqual([
      {
        type: "cp_plan",
        record: {
          laChildId: "P1",
          startDate: "2023-06-01",
          endDate: null,
          initialCategory: "NEG",
          latestCategory: "EMO",
          previousPlans: 1,
          reviewDates: ["2023-09-01"],
        },
      },
      {
        type: "cp_plan",
        record: {
          laChildId: "P2",
          startDate: "2023-01-01",
          endDate: "2023-02-01",
          initialCategory: "PHY",
          latestCategory: "MUL",
          previousPlans: 0,
          reviewDates: [],
        },
      },
      {
        type: "child",
        record: {
          laChildId: "P1",
          upn: null,
          dateOfBirth: "2015-02-01",
          sex: "M",
          ethnicity: null,
          disabilities: ["DDA"],
        },
      },
      {
        type: "child",
        record: {
          laChildId: "P2",
          upn: null,
          dateOfBirth: "2023-03-15",
          sex: "F",
          ethnicity: null,
          disabilities: ["NONE"],
        },
      },
    ]);
  });

  it("gives the same result however the bytes are chunked", async () => {
    const data = Buffer.from(
      csv(
        [
          "Child Unique ID",
          "Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N))",
          "Date Started to be Looked After",
          "Child’s Legal Status",
          "Placement Type",
          "Placement postcode",
        ],
        ["L1", "b) No", "03/03/2023", "C2: FCO", "f) U6: Foster placement - not FFA", "AB1 2CD"],
        ["L2", "", "04/04/2023", "V2", "U4", ""],
      ),
      "utf8",
    );
    const whole = await runCsv(splitAt(data, []), "cla.csv");
    expect(whole.problems).toEqual([]);
    expect(typeCounts(whole)).toEqual({ lac_episode: 2, child: 2 });
    for (let cut = 1; cut < data.length; cut++) {
      expect(await runCsv(splitAt(data, [cut, cut + 7]), "cla.csv")).toEqual(whole);
    }
  });

  it("reports each problem on its row and column, with the list before the column", async () => {
    const text = csv(
      [
        "Child Unique ID",
        "Date of referral",
        "Referral Source",
        "Referral NFA?",
        "Number of Referrals in Last 12 Months",
      ],
      ["", "01/01/2024", "6", "No", "0"], // row 2: no child id
      ["R3", "", "6", "No", "0"], // row 3: no date
      ["R4", "32/01/2024", "6", "No", "0"], // row 4: bad date
      ["R5", "01/01/2024", "Neighbour", "Maybe", "two"], // row 5: loaded, with warnings
      ["", "", "", "", ""], // row 6: blank, skipped
      ["R7", "02/01/2024", "b) 1B: Individual", "a) Yes", "3"],
    );
    const outcome = await runCsv(text, "referrals.csv");
    expect(outcome.lists).toEqual([{ list: 3, rows: 5 }]);
    expect(outcome.problems.map((p) => [p.row, p.column, p.rule, p.severity])).toEqual([
      [2, "List 3!Child Unique ID", RULES.missingMandatory, "error"],
      [3, "List 3!Date of referral", RULES.missingMandatory, "error"],
      [4, "List 3!Date of referral", RULES.dateInvalid, "error"],
      [5, "List 3!Referral Source", RULES.unknownCode, "warning"],
      [5, "List 3!Referral NFA?", RULES.unknownCode, "warning"],
      [5, "List 3!Number of Referrals in Last 12 Months", RULES.numberInvalid, "warning"],
    ]);
    for (const p of outcome.problems) {
      expect(p).toMatchObject({ file: "referrals.csv", line: null, path: null });
      expect(p.message.length).toBeGreaterThan(20);
    }
    expect(outcome.records.filter((r) => r.type === "referral").map((r) => r.record)).toEqual([
      expect.objectContaining({ laChildId: "R5", source: "Neighbour", nfa: null }),
      expect.objectContaining({ laChildId: "R7", source: "1B", nfa: true }),
    ]);
  });

  it("still loads a record whose end comes before its start, with a warning", async () => {
    const outcome = await runCsv(
      csv(
        ["Child Unique ID", "CIN Start Date", "CIN Closure Date", "Reason for Closure"],
        [
          "N1",
          "01/05/2023",
          "01/04/2023",
          "RC7 - Services ceased for any other reason, including child no longer in need",
        ],
      ),
      "cin.csv",
    );
    expect(problemCounts(outcome)).toEqual({
      "ANNEXA_END_BEFORE_START/warning/List 6!CIN Closure Date": 1,
    });
    expect(outcome.records[0]).toEqual({
      type: "referral",
      record: {
        laChildId: "N1",
        referralDate: "2023-05-01",
        source: null,
        nfa: null,
        primaryNeed: null,
        closureDate: "2023-04-01",
        closureReason: "RC7",
      },
    });
  });

  it("uses the file name as a hint when the key column is missing", async () => {
    const outcome = await runCsv(
      csv(["Child Unique ID", "Gender"], ["X", "a) Male"]),
      "Annex A List 5.csv",
    );
    expect(outcome.lists).toEqual([{ list: 5, rows: 1 }]);
    expect(outcome.records).toEqual([]);
    expect(problemCounts(outcome)).toEqual({
      "ANNEXA_MISSING_COLUMN/error/List 5!Strategy discussion initiating Section 47 Enquiry Start Date": 1,
    });
  });

  it("refuses files that are no list, and stops at unreadable CSV", async () => {
    const notAList = await runCsv("CHILD,DECOM,RNE\n1,01/01/2020,S\n", "episodes.csv");
    expect(notAList.problems.map((p) => [p.rule, p.row])).toEqual([[RULES.noLists, null]]);
    const empty = await runCsv("", "empty.csv");
    expect(empty.problems.map((p) => p.rule)).toEqual([RULES.noLists]);

    const broken = await runCsv(
      'Child Unique ID,Date of Contact\nC1,01/01/2024\nC2,"01/01/2024\n',
      "contacts.csv",
    );
    expect(broken.problems.map((p) => [p.rule, p.row])).toEqual([[RULES.csvMalformed, 3]]);
    // Records before the fault were emitted (the loader discards them: the file has an error).
    expect(typeCounts(broken)).toEqual({ contact: 1 });
  });

  it("stops with INPUT_TOO_MANY_RECORDS past maxRows", async () => {
    const rows = [["Child Unique ID", "Date of Contact"]];
    for (let i = 0; i < 12; i++) rows.push([`C${i}`, "01/01/2024"]);
    const outcome = await runCsv(csv(...rows), "contacts.csv", { maxRows: 5 });
    expect(outcome.problems.map((p) => [p.rule, p.row])).toEqual([[RULES.tooManyRecords, 7]]);
    expect(typeCounts(outcome)).toEqual({ contact: 5 });
  });

  it("loads Lists 10 and 11 as validated counts: children only, then nothing", async () => {
    const adoption = await runCsv(
      csv(
        [
          "Child Unique ID",
          "Gender",
          "Date of Decision that Child Should be Placed for Adoption",
          "Reason Why Child No Longer Placed for Adoption",
        ],
        ["A1", "b) Female", "01/01/2024", "RD9"],
      ),
      "adoption.csv",
    );
    expect(adoption.lists).toEqual([{ list: 10, rows: 1 }]);
    expect(typeCounts(adoption)).toEqual({ child: 1 });
    expect(problemCounts(adoption)).toEqual({
      "ANNEXA_UNKNOWN_CODE/warning/List 10!Reason Why Child No Longer Placed for Adoption": 1,
    });
    const adopters = await runCsv(
      csv(
        [
          "Individual adopter identifier",
          "Family identifier",
          "Date Stage 1 started",
          "Date Stage 1 ended",
        ],
        ["AD1", "F1", "01/02/2024", "01/01/2024"],
        ["", "F2", "", ""],
      ),
      "adopters.csv",
    );
    expect(adopters.lists).toEqual([{ list: 11, rows: 2 }]);
    expect(adopters.records).toEqual([]);
    expect(problemCounts(adopters)).toEqual({
      "ANNEXA_END_BEFORE_START/warning/List 11!Date Stage 1 ended": 1,
      "ANNEXA_MISSING_MANDATORY/error/List 11!Individual adopter identifier": 1,
    });
  });
});
