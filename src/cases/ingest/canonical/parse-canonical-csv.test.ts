import { describe, expect, it } from "vitest";
import type { CaseRecord, CaseRecordType } from "../../model.ts";
import { RECORD_TABLES } from "../../record-tables.ts";
import { FIXTURES } from "./fixtures.ts";
import { RECORD_TYPES } from "./record-types.ts";
import { CANONICAL_RULES } from "./rules.ts";
import { csv, inChunks, once, runCanonical, where } from "./test-kit.ts";

const REFERRAL_HEADER =
  "record_type,la_child_id,referral_date,source,nfa,primary_need,closure_date,closure_reason";

describe("parseCanonicalCsv: one valid file per record type", () => {
  it("has a fixture for every record type, and each fixture uses every column", () => {
    expect(Object.keys(FIXTURES).sort()).toEqual([...RECORD_TYPES].sort());
    for (const type of RECORD_TYPES) {
      const fields = RECORD_TABLES[type].columns.map((c) => c.field).sort();
      for (const { record } of FIXTURES[type].records) {
        expect(Object.keys(record).sort(), type).toEqual(fields);
      }
    }
  });

  for (const type of RECORD_TYPES) {
    it(`${type}: gives exactly the written records, with no problems`, async () => {
      const { text, records } = FIXTURES[type];
      const outcome = await runCanonical(once(text), `${type}.csv`);
      expect(outcome.problems).toEqual([]);
      expect(outcome.result).toEqual({ recordType: type, rows: records.length });
      expect(outcome.records).toEqual(records);
    });

    it(`${type}: reads the same byte by byte`, async () => {
      const { text } = FIXTURES[type];
      const whole = await runCanonical(once(text), `${type}.csv`);
      expect(await runCanonical(inChunks(text, 1), `${type}.csv`)).toEqual(whole);
    });
  }
});

describe("parseCanonicalCsv: reading the layout", () => {
  it("numbers rows as a spreadsheet does: blank lines and multi-line values count once", async () => {
    const outcome = await runCanonical(
      once(
        csv(
          "",
          "record_type,la_child_id,contact_date,source,outcome",
          "contact,C1,2020-01-01,Police,",
          "",
          'contact,C1,2020-01-02,"two\nlines",',
          ",,,,",
          "contact,C1,2020-02-30,,",
        ),
      ),
    );
    expect(where(outcome.problems)).toEqual(["7|contact_date|CANONICAL_DATE_INVALID"]);
    expect(outcome.result).toEqual({ recordType: "contact", rows: 3 });
    expect(outcome.records).toHaveLength(2);
  });

  it("treats omitted optional columns as not recorded and ignores stray trailing commas", async () => {
    const outcome = await runCanonical(
      once(
        csv(
          "record_type,la_child_id,start_date,,",
          "cp_plan,C1,2020-01-01,,",
          "cp_plan,C2,2020-02-01",
        ),
      ),
    );
    expect(outcome.problems).toEqual([]);
    expect(outcome.records[0]).toEqual({
      type: "cp_plan",
      record: {
        laChildId: "C1",
        startDate: "2020-01-01",
        endDate: null,
        initialCategory: null,
        latestCategory: null,
        previousPlans: null,
        reviewDates: [],
      },
    });
    expect(outcome.records).toHaveLength(2);
  });

  it("reads a file with only a header as holding nothing", async () => {
    const outcome = await runCanonical(once(csv(REFERRAL_HEADER)));
    expect(outcome).toEqual({ result: { recordType: null, rows: 0 }, records: [], problems: [] });
  });

  it("emits records in file order without de-duplicating (the loader keeps the later)", async () => {
    const outcome = await runCanonical(
      once(csv(REFERRAL_HEADER, "referral,C1,2020-01-01,1A,,,,", "referral,C1,2020-01-01,2B,,,,")),
    );
    expect(outcome.records.map((r) => (r.type === "referral" ? r.record.source : null))).toEqual([
      "1A",
      "2B",
    ]);
  });

  it("waits for the sink before reading on", async () => {
    const seen: string[] = [];
    const { ProblemLog } = await import("../problems.ts");
    const { parseCanonicalCsv } = await import("./parse-canonical-csv.ts");
    await parseCanonicalCsv(inChunks(FIXTURES.visit.text, 7), {
      file: "visit.csv",
      problems: new ProblemLog(),
      sink: {
        add: async (record: CaseRecord) => {
          seen.push(`start ${record.type}`);
          await new Promise((resolve) => setTimeout(resolve, 1));
          seen.push(`end ${record.type}`);
        },
      },
    });
    expect(seen).toEqual(Array(3).fill(["start visit", "end visit"]).flat());
  });
});

/** Every problem in `text`, as (row, column, rule) triples, checking the shared fields. */
async function triples(text: string, maxRows?: number) {
  const outcome = await runCanonical(once(text), "check.csv", maxRows);
  for (const p of outcome.problems) {
    expect(p.file).toBe("check.csv");
    expect(p.line).toBeNull();
    expect(p.path).toBeNull();
    expect(p.message.length).toBeGreaterThan(20);
  }
  // Reading byte by byte never changes the outcome.
  expect(await runCanonical(inChunks(text, 1), "check.csv", maxRows)).toEqual(outcome);
  return { ...outcome, triples: where(outcome.problems) };
}

const severityOf = (outcome: Awaited<ReturnType<typeof triples>>) =>
  outcome.problems.map((p) => p.severity);

describe("parseCanonicalCsv: each rule", () => {
  it("CANONICAL_UNKNOWN_RECORD_TYPE: header not starting with record_type (fatal)", async () => {
    const outcome = await triples(csv("la_child_id,record_type", "C1,child"));
    expect(outcome.triples).toEqual(["1|record_type|CANONICAL_UNKNOWN_RECORD_TYPE"]);
    expect(outcome.result).toEqual({ recordType: null, rows: 0 });
  });

  it("CANONICAL_UNKNOWN_RECORD_TYPE: first data row names no record type (fatal)", async () => {
    const outcome = await triples(csv(REFERRAL_HEADER, "", "referals,C1,2020-01-01,,,,,"));
    expect(outcome.triples).toEqual(["3|record_type|CANONICAL_UNKNOWN_RECORD_TYPE"]);
    expect(outcome.result).toEqual({ recordType: null, rows: 0 });
    expect(outcome.records).toEqual([]);
  });

  it("CANONICAL_UNKNOWN_RECORD_TYPE: empty or blank file", async () => {
    expect((await triples("")).triples).toEqual(["1|record_type|CANONICAL_UNKNOWN_RECORD_TYPE"]);
    expect((await triples("\uFEFF\n \n")).triples).toEqual([
      "1|record_type|CANONICAL_UNKNOWN_RECORD_TYPE",
    ]);
  });

  it("CANONICAL_MIXED_RECORD_TYPES: a row of another (or no) type is not loaded", async () => {
    const outcome = await triples(
      csv(
        REFERRAL_HEADER,
        "referral,C1,2020-01-01,,,,,",
        "child,C1,2020-01-02,,,,,",
        ",C1,2020-01-03,,,,,",
        "REFERRAL,C1,2020-01-04,,,,,",
      ),
    );
    expect(outcome.triples).toEqual([
      "3|record_type|CANONICAL_MIXED_RECORD_TYPES",
      "4|record_type|CANONICAL_MIXED_RECORD_TYPES",
    ]);
    expect(severityOf(outcome)).toEqual(["error", "error"]);
    expect(outcome.records).toHaveLength(2);
    expect(outcome.result).toEqual({ recordType: "referral", rows: 4 });
  });

  it("CANONICAL_MISSING_COLUMN: every missing key column, then nothing read (fatal)", async () => {
    const outcome = await triples(
      csv("record_type,la_child_id,completion_date", "assessment,C1,2020-01-01"),
    );
    expect(outcome.triples).toEqual([
      "1|start_date|CANONICAL_MISSING_COLUMN",
      "1|kind|CANONICAL_MISSING_COLUMN",
    ]);
    expect(severityOf(outcome)).toEqual(["error", "error"]);
    expect(outcome.result).toEqual({ recordType: "assessment", rows: 0 });
    expect(outcome.records).toEqual([]);
  });

  it("CANONICAL_UNKNOWN_COLUMN and CANONICAL_DUPLICATE_COLUMN: warnings, rows still loaded", async () => {
    const outcome = await triples(
      csv(
        "record_type,la_child_id,start_date,Colour,end_date,END_DATE",
        "cin_plan,C1,2020-01-01,blue,2020-02-01,1999-01-01",
      ),
    );
    expect(outcome.triples).toEqual([
      "1|colour|CANONICAL_UNKNOWN_COLUMN",
      "1|end_date|CANONICAL_DUPLICATE_COLUMN",
    ]);
    expect(severityOf(outcome)).toEqual(["warning", "warning"]);
    expect(outcome.records).toEqual([
      {
        type: "cin_plan",
        record: { laChildId: "C1", startDate: "2020-01-01", endDate: "2020-02-01" },
      },
    ]);
  });

  it("CANONICAL_MISSING_MANDATORY: an empty key value; the row is not loaded", async () => {
    const outcome = await triples(
      csv(
        "record_type,la_child_id,kind,visit_date,child_seen",
        "visit, ,cp,2020-01-01,",
        "visit,C1,,2020-01-01,",
        "visit,C1,cp,,",
        "visit,C1,cp,2020-01-01,",
      ),
    );
    expect(outcome.triples).toEqual([
      "2|la_child_id|CANONICAL_MISSING_MANDATORY",
      "3|kind|CANONICAL_MISSING_MANDATORY",
      "4|visit_date|CANONICAL_MISSING_MANDATORY",
    ]);
    expect(outcome.records).toHaveLength(1);
    const staff = await triples(csv("record_type,staff_id,health_check", "staff,,"));
    expect(staff.triples).toEqual([
      "1|health_check|CANONICAL_UNKNOWN_COLUMN",
      "2|staff_id|CANONICAL_MISSING_MANDATORY",
    ]);
  });

  it("CANONICAL_DATE_INVALID: impossible, wrongly written, out-of-range and listed dates", async () => {
    const outcome = await triples(
      csv(
        "record_type,la_child_id,start_date,end_date,review_dates",
        "cp_plan,C1,2011-02-29,,",
        "cp_plan,C1,2012-02-29,29/02/2013,",
        "cp_plan,C1,2012-2-1,,",
        "cp_plan,C1,1899-12-31,,",
        "cp_plan,C1,2012-03-01,,2012-06-01;2012-13-01",
        "cp_plan,C1,2012-03-02,,2012-06-01; 2012-09-01 ;",
      ),
    );
    expect(outcome.triples).toEqual([
      "2|start_date|CANONICAL_DATE_INVALID",
      "3|end_date|CANONICAL_DATE_INVALID",
      "4|start_date|CANONICAL_DATE_INVALID",
      "5|start_date|CANONICAL_DATE_INVALID",
      "6|review_dates|CANONICAL_DATE_INVALID",
    ]);
    expect(severityOf(outcome).every((s) => s === "error")).toBe(true);
    expect(outcome.records).toHaveLength(1);
    expect(outcome.problems[4]?.message).toContain('"2012-13-01"');
  });

  it("CANONICAL_BOOLEAN_INVALID: anything but true/false/1/0/yes/no", async () => {
    const outcome = await triples(
      csv(
        REFERRAL_HEADER,
        "referral,C1,2020-01-01,,Y,,,",
        "referral,C1,2020-01-02,,NO,,,",
        "referral,C1,2020-01-03,,2,,,",
      ),
    );
    expect(outcome.triples).toEqual([
      "2|nfa|CANONICAL_BOOLEAN_INVALID",
      "4|nfa|CANONICAL_BOOLEAN_INVALID",
    ]);
    expect(outcome.records).toHaveLength(1);
  });

  it("CANONICAL_NUMBER_INVALID: integer and numeric columns take plain numbers only", async () => {
    const plans = await triples(
      csv(
        "record_type,la_child_id,start_date,previous_plans",
        "cp_plan,C1,2020-01-01,2.0",
        'cp_plan,C1,2020-01-02,"1,000"',
        "cp_plan,C1,2020-01-03,two",
        "cp_plan,C1,2020-01-04,3000000000",
        "cp_plan,C1,2020-01-05, 3 ",
      ),
    );
    expect(plans.triples).toEqual([
      "2|previous_plans|CANONICAL_NUMBER_INVALID",
      "3|previous_plans|CANONICAL_NUMBER_INVALID",
      "4|previous_plans|CANONICAL_NUMBER_INVALID",
      "5|previous_plans|CANONICAL_NUMBER_INVALID",
    ]);
    const staff = await triples(
      csv("record_type,staff_id,fte", "staff,A,0.5", 'staff,B,"0,5"', "staff,C,1e0", "staff,D,50%"),
    );
    expect(staff.triples).toEqual([
      "3|fte|CANONICAL_NUMBER_INVALID",
      "4|fte|CANONICAL_NUMBER_INVALID",
      "5|fte|CANONICAL_NUMBER_INVALID",
    ]);
    const health = await triples(
      csv("record_type,la_child_id,collection_year", "health_check,C1,2012/13"),
    );
    expect(health.triples).toEqual(["2|collection_year|CANONICAL_NUMBER_INVALID"]);
  });

  it("CANONICAL_CODE_INVALID: assessment and visit kinds come from fixed lists", async () => {
    const assessments = await triples(
      csv(
        "record_type,la_child_id,kind,start_date",
        "assessment,C1,full,2020-01-01",
        "assessment,C1,CORE,2020-01-01",
      ),
    );
    expect(assessments.triples).toEqual(["2|kind|CANONICAL_CODE_INVALID"]);
    expect(assessments.records).toHaveLength(1);
    const visits = await triples(
      csv("record_type,la_child_id,kind,visit_date", "visit,C1,home,2020-01-01"),
    );
    expect(visits.triples).toEqual(["2|kind|CANONICAL_CODE_INVALID"]);
  });

  it("CANONICAL_END_BEFORE_START: every start/end pair warns, and the record is loaded", async () => {
    const cases: [CaseRecordType, string, string, string][] = [
      [
        "referral",
        "la_child_id,referral_date,closure_date",
        "C1,2020-02-01,2020-01-31",
        "closure_date",
      ],
      [
        "assessment",
        "la_child_id,kind,start_date,completion_date",
        "C1,core,2020-02-01,2020-01-31",
        "completion_date",
      ],
      [
        "early_help",
        "la_child_id,start_date,completion_date",
        "C1,2020-02-01,2020-01-31",
        "completion_date",
      ],
      ["cp_plan", "la_child_id,start_date,end_date", "C1,2020-02-01,2020-01-31", "end_date"],
      ["cin_plan", "la_child_id,start_date,end_date", "C1,2020-02-01,2020-01-31", "end_date"],
      [
        "missing_episode",
        "la_child_id,start_date,end_date",
        "C1,2020-02-01,2020-01-31",
        "end_date",
      ],
      [
        "allocation",
        "la_child_id,team_name,start_date,end_date",
        "C1,A,2020-02-01,2020-01-31",
        "end_date",
      ],
      ["lac_episode", "la_child_id,decom,dec", "C1,2020-02-01,2020-01-31", "dec"],
      ["staff", "staff_id,start_date,leave_date", "S1,2020-02-01,2020-01-31", "leave_date"],
    ];
    for (const [type, columns, values, end] of cases) {
      const outcome = await triples(
        csv(
          `record_type,${columns}`,
          `${type},${values}`,
          `${type},${values.replace("2020-01-31", "2020-02-01")}`,
        ),
      );
      expect(outcome.triples, type).toEqual([`2|${end}|CANONICAL_END_BEFORE_START`]);
      expect(severityOf(outcome)).toEqual(["warning"]);
      expect(outcome.records, type).toHaveLength(2);
    }
  });

  it("reports every problem in a row, not just the first", async () => {
    const outcome = await triples(csv(REFERRAL_HEADER, "referral,,2020-13-01,,maybe,,2020-99-01,"));
    expect(outcome.triples).toEqual([
      "2|la_child_id|CANONICAL_MISSING_MANDATORY",
      "2|referral_date|CANONICAL_DATE_INVALID",
      "2|nfa|CANONICAL_BOOLEAN_INVALID",
      "2|closure_date|CANONICAL_DATE_INVALID",
    ]);
  });

  it("CSV_MALFORMED: an unclosed quote stops reading (fatal)", async () => {
    const outcome = await triples(
      csv(
        REFERRAL_HEADER,
        "referral,C1,2020-01-01,,,,,",
        'referral,"C2,2020-01-02,,,,,',
        "referral,C3,2020-01-03,,,,,",
      ),
    );
    expect(outcome.triples).toEqual(["3||CSV_MALFORMED"]);
    expect(outcome.records).toHaveLength(1);
  });

  it("CSV_MALFORMED: characters after a closing quote stop reading (fatal)", async () => {
    const outcome = await triples(
      csv(REFERRAL_HEADER, 'referral,"C1"x,2020-01-01,,,,,', "referral,C3,2020-01-03,,,,,"),
    );
    expect(outcome.triples).toEqual(["2||CSV_MALFORMED"]);
    expect(outcome.records).toEqual([]);
  });

  it("CSV_MALFORMED: a quote inside an unquoted value stops reading (fatal)", async () => {
    const outcome = await triples(
      csv(
        "record_type,la_child_id,contact_date,source",
        'contact,C1,2020-01-01,"O""Neil"',
        'contact,C2,2020-01-01,O"Neil',
      ),
    );
    expect(outcome.triples).toEqual(["3||CSV_MALFORMED"]);
    expect(outcome.records).toHaveLength(1);
    expect(outcome.records[0]?.record).toMatchObject({ source: 'O"Neil' });
  });

  it("CSV_MALFORMED: an over-long row stops reading (fatal)", async () => {
    const outcome = await triples(
      csv(REFERRAL_HEADER, `referral,C1,2020-01-01,${"x".repeat(70_000)},,,,`),
    );
    expect(outcome.triples).toEqual(["2||CSV_MALFORMED"]);
  });

  it("CSV_MALFORMED: a row that does not line up with the header is not loaded", async () => {
    const outcome = await triples(
      csv(
        "record_type,la_child_id,,start_date,end_date",
        "cin_plan,C1,,2020-01-01",
        "cin_plan,C1,,2020-01-01,,surplus",
        "cin_plan,C1,oops,2020-01-01,",
        "cin_plan,C1,,2020-01-02,,,",
      ),
    );
    expect(outcome.triples).toEqual(["2||CSV_MALFORMED", "3||CSV_MALFORMED", "4||CSV_MALFORMED"]);
    expect(outcome.records).toHaveLength(1);
    expect(outcome.result.rows).toBe(4);
  });

  it("INPUT_TOO_MANY_RECORDS: more data rows than allowed (fatal)", async () => {
    const outcome = await triples(
      csv(
        REFERRAL_HEADER,
        "referral,C1,2020-01-01,,,,,",
        "",
        "referral,C2,2020-01-01,,,,,",
        "referral,C3,2020-01-01,,,,,",
      ),
      2,
    );
    expect(outcome.triples).toEqual(["5||INPUT_TOO_MANY_RECORDS"]);
    expect(outcome.records).toHaveLength(2);
    expect(outcome.result).toEqual({ recordType: "referral", rows: 2 });
  });

  it("uses only published rule codes", async () => {
    const codes = new Set<string>(Object.values(CANONICAL_RULES));
    for (const code of codes) expect(code).toMatch(/^(CANONICAL|CSV|INPUT)_[A-Z_]+$/);
  });
});
