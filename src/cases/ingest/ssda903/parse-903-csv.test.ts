import { describe, expect, it } from "vitest";
import { ProblemLog } from "../problems.ts";
import { parseSsda903Csv } from "./parse-903-csv.ts";
import { RULES } from "./rules.ts";
import { countBy, dataSamples, inChunks, once, readSample, runCsv, where } from "./test-helpers.ts";

const EPISODES_HEADER =
  "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN";

const csv = (...lines: string[]) => `${lines.join("\n")}\n`;

/** Problems summarised as rule/severity/column counts. */
const summary = (problems: Parameters<typeof where>[0]) =>
  countBy(problems, (p) => `${p.rule}/${p.severity}/${p.column}`);

const records = (outcome: Awaited<ReturnType<typeof runCsv>>) =>
  countBy(outcome.records, (r) => r.type);

describe("parseSsda903Csv on the sample files", () => {
  // Counts by hand: `awk 'END{print NR-1}' file` for rows, awk/grep for bad codes.
  const expected: Record<
    string,
    {
      table: string;
      rows: number;
      records: Record<string, number>;
      problems: Record<string, number>;
    }
  > = {
    "csc-validator-be-903/DoLo.csv": {
      table: "deprivation_of_liberty",
      rows: 1,
      records: {},
      problems: {},
    },
    "csc-validator-be-903/ad1.csv": { table: "ad1", rows: 29, records: {}, problems: {} },
    "csc-validator-be-903/episodes.csv": {
      table: "episodes",
      rows: 5050,
      records: { lac_episode: 5050 },
      // H5 216 + P2 195 + Z1 193: codes retired from the 2025/26 PLACE list.
      problems: { "SSDA903_UNKNOWN_CODE/warning/PLACE": 604 },
    },
    "csc-validator-be-903/header.csv": {
      table: "header",
      rows: 2675,
      records: { child: 2675 },
      problems: { "SSDA903_UNKNOWN_CODE/warning/MOTHER": 1 },
    },
    "csc-validator-be-903/missing.csv": {
      table: "missing",
      rows: 43,
      records: { missing_episode: 43 },
      problems: {},
    },
    "csc-validator-be-903/oc2.csv": {
      table: "oc2",
      rows: 2675,
      records: { health_check: 2675 },
      problems: {},
    },
    "csc-validator-be-903/oc3.csv": {
      table: "oc3",
      rows: 53,
      records: { care_leaver: 53 },
      problems: {
        "SSDA903_UNKNOWN_CODE/warning/ACTIV": 12,
        "SSDA903_UNKNOWN_CODE/warning/ACCOM": 3,
      },
    },
    "csc-validator-be-903/placed_for_adoption.csv": {
      table: "placed_for_adoption",
      rows: 29,
      records: {},
      problems: { "SSDA903_UNKNOWN_CODE/warning/REASON_PLACED_CEASED": 29 },
    },
    "csc-validator-be-903/placed_for_adoption_errors.csv": {
      table: "placed_for_adoption",
      rows: 30,
      records: {},
      problems: { "SSDA903_UNKNOWN_CODE/warning/REASON_PLACED_CEASED": 30 },
    },
    "csc-validator-be-903/previous_permanence.csv": {
      table: "previous_permanence",
      rows: 2675,
      records: {},
      problems: {},
    },
    "csc-validator-be-903/reviews.csv": {
      table: "reviews",
      rows: 12582,
      records: { lac_review: 12582 },
      problems: {},
    },
    "csc-validator-be-903/sw_episodes.csv": {
      table: "social_worker_episodes",
      rows: 1,
      records: {},
      problems: { "SSDA903_UNKNOWN_CODE/warning/SW_REASON": 1 },
    },
    "csc-validator-be-903/uasc.csv": { table: "uasc", rows: 132, records: {}, problems: {} },
    "liia-tools-pipeline/SSDA903_2020_episodes.csv": {
      table: "episodes",
      rows: 5,
      records: { lac_episode: 5 },
      problems: { "SSDA903_UNKNOWN_CODE/warning/RNE": 1 },
    },
    "liia-tools-pipeline/SSDA903_2020_header.csv": {
      table: "header",
      rows: 5,
      records: { child: 5 },
      problems: { "SSDA903_UNKNOWN_CODE/warning/ETHNIC": 1 },
    },
    "liia-tools/SSDA903_episodes_for_testing_fixes_INPUT.csv": {
      table: "episodes",
      rows: 23,
      records: { lac_episode: 23 },
      problems: {
        "SSDA903_DATE_FORMAT/warning/DECOM": 23,
        "SSDA903_DATE_FORMAT/warning/DEC": 14,
        "SSDA903_UNKNOWN_CODE/warning/PLACE": 4,
      },
    },
  };

  it("covers every CSV sample", () => {
    expect(Object.keys(expected).sort()).toEqual(dataSamples().filter((f) => f.endsWith(".csv")));
  });

  for (const [sample, want] of Object.entries(expected)) {
    it(`parses ${sample}`, async () => {
      const outcome = await runCsv(inChunks(readSample(sample), 64 * 1024), sample);
      expect(outcome.result).toEqual({ table: want.table, rows: want.rows });
      expect(records(outcome)).toEqual(want.records);
      expect(summary(outcome.problems)).toEqual(want.problems);
      for (const p of outcome.problems) {
        expect(p.file).toBe(sample);
        expect(p.line).toBeNull();
        expect(p.path).toBeNull();
        expect(p.message.length).toBeGreaterThan(20);
      }
    });
  }

  it("gives identical output when the samples arrive one byte at a time", async () => {
    // The two ~400 KB files go three bytes at a time: byte-by-byte they alone take
    // ~6 s, and three-byte chunks still split every date, code and CRLF.
    const big = new Set(["csc-validator-be-903/episodes.csv", "csc-validator-be-903/reviews.csv"]);
    for (const sample of Object.keys(expected)) {
      const data = readSample(sample);
      const whole = await runCsv(once(data.toString("utf8")), sample);
      const split = await runCsv(inChunks(data, big.has(sample) ? 3 : 1), sample);
      expect(split, sample).toEqual(whole);
    }
  }, 60_000);

  it("placed_for_adoption_errors.csv: only its REASON_PLACED_CEASED codes are wrong", async () => {
    // The file differs from placed_for_adoption.csv by an extra row for child 988635
    // (same child placed twice) and DATE_PLACED a year later on every row: those are
    // cross-row/collection-year rules for the validator, not field errors. What a field
    // check finds is "XXX", which is not a reason code (RD1-RD4), on all 30 rows.
    const sample = "csc-validator-be-903/placed_for_adoption_errors.csv";
    const outcome = await runCsv(inChunks(readSample(sample), 4096), sample);
    expect(where(outcome.problems)).toEqual(
      Array.from({ length: 30 }, (_, i) => `${i + 2}|REASON_PLACED_CEASED|SSDA903_UNKNOWN_CODE`),
    );
    expect(outcome.problems.every((p) => p.severity === "warning")).toBe(true);
    expect(outcome.problems[0]?.message).toContain('"XXX"');
  });

  it("oc3.csv: the exact cells outside the code lists", async () => {
    const outcome = await runCsv(inChunks(readSample("csc-validator-be-903/oc3.csv"), 4096));
    const code = RULES.unknownCode;
    expect(where(outcome.problems)).toEqual([
      `2|ACCOM|${code}`, // 01 (the list has 0)
      `3|ACTIV|${code}`, // P3
      `7|ACTIV|${code}`,
      `8|ACTIV|${code}`, // F3
      `12|ACTIV|${code}`,
      `16|ACTIV|${code}`,
      `17|ACTIV|${code}`,
      `21|ACTIV|${code}`,
      `26|ACTIV|${code}`,
      `29|ACTIV|${code}`,
      `32|ACTIV|${code}`,
      `34|ACTIV|${code}`,
      `47|ACCOM|${code}`, // 02
      `54|ACTIV|${code}`,
      `54|ACCOM|${code}`, // S1
    ]);
  });

  it("header.csv: MOTHER written 1.0 on row 1273 is flagged; SEX 1/2 is accepted", async () => {
    const outcome = await runCsv(inChunks(readSample("csc-validator-be-903/header.csv"), 8192));
    expect(where(outcome.problems)).toEqual([`1273|MOTHER|${RULES.unknownCode}`]);
    expect(outcome.records[0]).toEqual({
      type: "child",
      record: {
        laChildId: "566910",
        upn: "D051910639385",
        dateOfBirth: "2008-03-27",
        sex: "2",
        ethnicity: "WROM",
        disabilities: [],
      },
    });
  });

  it("episodes.csv: first rows become exact lac_episode records", async () => {
    const outcome = await runCsv(inChunks(readSample("csc-validator-be-903/episodes.csv"), 8192));
    expect(outcome.records.slice(0, 2)).toEqual([
      {
        type: "lac_episode",
        record: {
          laChildId: "566910",
          decom: "2016-02-15",
          rne: "L",
          legalStatus: "C2",
          cinCode: "N3",
          placement: "T2",
          placementProvider: "PR0",
          dec: "2017-08-14",
          reasonEpisodeCeased: "X1",
          reasonPlaceChange: "CLOSE",
          homePostcode: null,
          placementPostcode: null,
          urn: "4244474",
        },
      },
      {
        type: "lac_episode",
        record: {
          laChildId: "566910",
          decom: "2017-08-14",
          rne: "T",
          legalStatus: "C2",
          cinCode: "N3",
          placement: "A3",
          placementProvider: "PR3",
          dec: null,
          reasonEpisodeCeased: "X1",
          reasonPlaceChange: null,
          homePostcode: "EG19 7TT",
          placementPostcode: "WV27 9FW",
          urn: "8969628",
        },
      },
    ]);
    const place = countBy(
      outcome.problems.map((p) => /"(\w+)"/.exec(p.message)?.[1] ?? "?"),
      (code) => code,
    );
    expect(place).toEqual({ H5: 216, P2: 195, Z1: 193 });
  });

  it("oc2.csv: health checks carry the collection year and read 0/1 flags", async () => {
    const outcome = await runCsv(
      inChunks(readSample("csc-validator-be-903/oc2.csv"), 8192),
      "oc2",
      {
        collectionYear: 2018,
      },
    );
    // 566910,27/03/2008,39,,1,0,0,0,0,1,0,0 and 709901,...,1,0,1,1,1,1,0,1
    expect(outcome.records[0]).toEqual({
      type: "health_check",
      record: {
        laChildId: "566910",
        collectionYear: 2018,
        healthCheck: false,
        dentalCheck: false,
        immunisations: false,
      },
    });
    expect(outcome.records[2]).toEqual({
      type: "health_check",
      record: {
        laChildId: "709901",
        collectionYear: 2018,
        healthCheck: false,
        dentalCheck: true,
        immunisations: true,
      },
    });
  });

  it("sw_episodes.csv: the UTF-8 BOM before CHILD is stripped", async () => {
    const outcome = await runCsv(inChunks(readSample("csc-validator-be-903/sw_episodes.csv"), 1));
    expect(outcome.result.table).toBe("social_worker_episodes");
    expect(where(outcome.problems)).toEqual([`2|SW_REASON|${RULES.unknownCode}`]);
  });

  it("liia episodes: a blank LS is not recorded, *DUMMY* RNE is kept but flagged", async () => {
    const outcome = await runCsv(
      inChunks(readSample("liia-tools-pipeline/SSDA903_2020_episodes.csv"), 100),
    );
    expect(where(outcome.problems)).toEqual([`6|RNE|${RULES.unknownCode}`]);
    expect(
      outcome.records[1]?.type === "lac_episode" && outcome.records[1].record.legalStatus,
    ).toBe(null);
    expect(outcome.records[4]?.type === "lac_episode" && outcome.records[4].record.rne).toBe(
      "*DUMMY*",
    );
  });
});

describe("parseSsda903Csv rules", () => {
  it("refuses an unrecognised header: fatal, nothing read", async () => {
    const outcome = await runCsv(once(csv("NAME,AGE", "Ann,7")), "people.csv");
    expect(outcome.result).toEqual({ table: null, rows: 0 });
    expect(outcome.records).toEqual([]);
    expect(outcome.problems).toEqual([
      {
        file: "people.csv",
        row: 1,
        line: null,
        path: null,
        column: null,
        rule: RULES.unknownTable,
        message: expect.stringContaining("does not match any SSDA903 table"),
        severity: "error",
      },
    ]);
  });

  it("reports an empty file, and a file of blank lines, as having no header", async () => {
    for (const text of ["", "\uFEFF", "\n\n  \n", ",,,\n"]) {
      const outcome = await runCsv(once(text));
      expect(outcome.result, JSON.stringify(text)).toEqual({ table: null, rows: 0 });
      expect(where(outcome.problems)).toEqual([`1||${RULES.unknownTable}`]);
    }
  });

  it("stops on a missing key column, warns on a missing optional one", async () => {
    const noDecom = await runCsv(once(csv("CHILD,RNE,LS,CIN,PLACE,DEC", "1,S,C2,N1,U1,")));
    expect(noDecom.result).toEqual({ table: "episodes", rows: 0 });
    expect(noDecom.records).toEqual([]);
    expect(where(noDecom.problems.filter((p) => p.severity === "error"))).toEqual([
      `1|DECOM|${RULES.missingColumn}`,
    ]);

    const noUrn = await runCsv(once(csv("CHILD,DECOM,RNE", "1,01/04/2020,S")));
    expect(noUrn.result).toEqual({ table: "episodes", rows: 1 });
    expect(noUrn.problems.every((p) => p.rule === RULES.missingColumn)).toBe(true);
    expect(noUrn.problems.every((p) => p.severity === "warning")).toBe(true);
    expect(noUrn.problems.map((p) => p.column)).toEqual([
      "LS",
      "CIN",
      "PLACE",
      "PLACE_PROVIDER",
      "DEC",
      "REC",
      "REASON_PLACE_CHANGE",
      "HOME_POST",
      "PL_POST",
      "URN",
    ]);
    expect(noUrn.records[0]?.record).toMatchObject({
      laChildId: "1",
      decom: "2020-04-01",
      urn: null,
    });
  });

  it("reads columns case-insensitively, in any order, ignoring extra ones", async () => {
    const outcome = await runCsv(
      once(csv(" review_code ,Child,REVIEW,dob,LOCAL_NOTE", "pn1,A7,01/05/2020,01/01/2010,hello")),
    );
    expect(outcome.problems).toEqual([]);
    expect(outcome.records).toEqual([
      {
        type: "lac_review",
        record: { laChildId: "A7", reviewDate: "2020-05-01", reviewCode: "PN1" },
      },
    ]);
  });

  it("warns on a duplicated column and reads the first", async () => {
    const outcome = await runCsv(
      once(csv("CHILD,DOB,REVIEW,REVIEW_CODE,REVIEW", "1,,01/05/2020,PN1,")),
    );
    expect(where(outcome.problems)).toEqual([`1|REVIEW|${RULES.duplicateColumn}`]);
    expect(outcome.records).toHaveLength(1);
  });

  it("numbers rows as a spreadsheet does: blank lines and multi-line values take one row", async () => {
    const text = [
      "CHILD,DOB,REVIEW,REVIEW_CODE",
      "1,,01/05/2020,PN1",
      "",
      '"2",,31/02/2020,PN1',
      '"3\nX",,01/05/2020,PN9',
      "4,,,PN1",
    ].join("\r\n");
    const outcome = await runCsv(once(text));
    expect(outcome.result.rows).toBe(4);
    expect(where(outcome.problems)).toEqual([
      `4|REVIEW|${RULES.dateInvalid}`,
      `5|REVIEW_CODE|${RULES.unknownCode}`,
      `6|REVIEW|${RULES.missingMandatory}`,
    ]);
    expect(outcome.records.map((r) => r.record.laChildId)).toEqual(["1", "3\nX"]);
  });

  it("rejects rows whose values do not line up with the header; tolerates trailing commas", async () => {
    const outcome = await runCsv(
      once(
        csv(
          "CHILD,DOB,REVIEW,REVIEW_CODE",
          "1,,01/05/2020",
          "2,,01/05/2020,PN1,,",
          "3,,01/05/2020,PN1,x",
        ),
      ),
    );
    expect(where(outcome.problems)).toEqual([
      `2||${RULES.csvMalformed}`,
      `4||${RULES.csvMalformed}`,
    ]);
    expect(outcome.records.map((r) => r.record.laChildId)).toEqual(["2"]);
    expect(outcome.result.rows).toBe(3);

    // A header with stray trailing commas does not make every row "short".
    const padded = await runCsv(
      once(csv("CHILD,DOB,REVIEW,REVIEW_CODE,,", "1,,01/05/2020,PN1", "2,,01/05/2020,PN1,,")),
    );
    expect(padded.problems).toEqual([]);
    expect(padded.records).toHaveLength(2);
  });

  it("stops at an unclosed quote, keeping the rows before it", async () => {
    const outcome = await runCsv(
      once(
        csv(
          "CHILD,DOB,REVIEW,REVIEW_CODE",
          "1,,01/05/2020,PN1",
          '"2,,01/05/2020,PN1',
          "3,,01/05/2020,PN1",
        ),
      ),
    );
    expect(where(outcome.problems)).toEqual([`3||${RULES.csvMalformed}`]);
    expect(outcome.problems[0]?.message).toMatch(/closing quote/);
    expect(outcome.records.map((r) => r.record.laChildId)).toEqual(["1"]);
  });

  it("stops at an absurdly long record rather than buffering it", async () => {
    const outcome = await runCsv(
      inChunks(
        csv("CHILD,DOB,REVIEW,REVIEW_CODE", `1,,01/05/2020,${"P".repeat(100_000)}`, "2,,,"),
        4096,
      ),
    );
    expect(where(outcome.problems)).toEqual([`2||${RULES.csvMalformed}`]);
    expect(outcome.records).toEqual([]);
  });

  it("rejects a row without CHILD or key date; an invalid date rejects the row", async () => {
    const outcome = await runCsv(
      once(
        csv(
          EPISODES_HEADER,
          ",01/04/2020,S,C2,N1,U1,PR1,,,,,,",
          "7,,S,C2,N1,U1,PR1,,,,,,",
          "8,01/04/2020,S,C2,N1,U1,PR1,99/99/2020,,,,,",
          "9,01/04/2020,S,C2,N1,U1,PR1,,,,,,",
        ),
      ),
    );
    expect(where(outcome.problems)).toEqual([
      `2|CHILD|${RULES.missingMandatory}`,
      `3|DECOM|${RULES.missingMandatory}`,
      `4|DEC|${RULES.dateInvalid}`,
    ]);
    expect(outcome.problems.every((p) => p.severity === "error")).toBe(true);
    expect(outcome.records.map((r) => r.record.laChildId)).toEqual(["9"]);
  });

  it("warns when an episode ends before it starts but still emits it", async () => {
    const outcome = await runCsv(
      once(csv(EPISODES_HEADER, "5,01/04/2020,S,C2,N1,U1,PR1,31/03/2020,E11,,,,")),
    );
    expect(outcome.problems).toMatchObject([
      { row: 2, column: "DEC", rule: RULES.endBeforeStart, severity: "warning" },
    ]);
    expect(outcome.problems[0]?.message).toContain("31/03/2020");
    expect(outcome.records[0]?.record).toMatchObject({ decom: "2020-04-01", dec: "2020-03-31" });
  });

  it("accepts YYYY-MM-DD with a warning", async () => {
    const outcome = await runCsv(once(csv(EPISODES_HEADER, "5,2020-04-01,S,C2,N1,U1,PR1,,,,,,")));
    expect(where(outcome.problems)).toEqual([`2|DECOM|${RULES.dateFormat}`]);
    expect(outcome.problems[0]?.severity).toBe("warning");
    expect(outcome.records[0]?.record).toMatchObject({ decom: "2020-04-01" });
  });

  it("upper-cases codes before checking them and keeps unknown ones as supplied", async () => {
    const outcome = await runCsv(
      once(csv(EPISODES_HEADER, " 5 ,01/04/2020, l ,c2,N1,Q9,PR1,,,,,,")),
    );
    expect(where(outcome.problems)).toEqual([`2|PLACE|${RULES.unknownCode}`]);
    expect(outcome.records[0]?.record).toMatchObject({
      laChildId: "5",
      rne: "L",
      legalStatus: "C2",
      placement: "Q9",
    });
  });

  it("reads true/false as well as 1/0 in OC2, and flags other values", async () => {
    const header =
      "CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED";
    const outcome = await runCsv(once(csv(header, "1,,,,0,TRUE,false,yes,0,0,0,0")));
    expect(where(outcome.problems)).toEqual([`2|TEETH_CHECK|${RULES.unknownCode}`]);
    expect(outcome.records[0]?.record).toEqual({
      laChildId: "1",
      collectionYear: null,
      healthCheck: true,
      dentalCheck: null,
      immunisations: false,
    });
  });

  it("emits both rows of a repeated (CHILD, DECOM) in file order, so the later one wins downstream", async () => {
    const outcome = await runCsv(
      once(
        csv(
          EPISODES_HEADER,
          "5,01/04/2020,S,C2,N1,U1,PR1,,,,,,",
          "5,01/04/2020,S,C2,N1,U4,PR1,,,,,,",
        ),
      ),
    );
    expect(outcome.records.map((r) => r.type === "lac_episode" && r.record.placement)).toEqual([
      "U1",
      "U4",
    ]);
  });

  it("stops fatally past maxRows", async () => {
    const outcome = await runCsv(
      once(
        csv(
          "CHILD,DOB,REVIEW,REVIEW_CODE",
          "1,,01/05/2020,PN1",
          "2,,01/05/2020,PN1",
          "3,,01/05/2020,PN1",
        ),
      ),
      "r.csv",
      { maxRows: 2 },
    );
    expect(outcome.result).toEqual({ table: "reviews", rows: 2 });
    expect(where(outcome.problems)).toEqual([`4||${RULES.tooManyRecords}`]);
    expect(outcome.records).toHaveLength(2);
  });

  it("streams: rows reach the sink while the input is still arriving; a fatal header stops reading", async () => {
    const seen: string[] = [];
    async function* input(header: string) {
      yield `${header}\n1,,01/05/2020,PN1\n2,,01/05/2020,PN1\n`;
      seen.push("more input requested");
      yield "3,,01/05/2020,PN1\n";
    }
    const sink = { add: (r: { type: string }) => void seen.push(r.type) };
    await parseSsda903Csv(input("CHILD,DOB,REVIEW,REVIEW_CODE"), {
      file: "a.csv",
      problems: new ProblemLog(),
      sink,
    });
    // csv-parse holds the last line end of a chunk until it sees the next byte (it could
    // start a longer delimiter), so a row may lag one chunk, never more.
    expect(seen[0]).toBe("lac_review");
    expect(seen.filter((s) => s === "lac_review")).toHaveLength(3);
    expect(seen.indexOf("more input requested")).toBeGreaterThan(0);

    seen.length = 0;
    await parseSsda903Csv(input("NAME,AGE"), { file: "b.csv", problems: new ProblemLog(), sink });
    expect(seen).toEqual([]);
  });

  it("reads string and Buffer chunks, mixed, the same way", async () => {
    const text = csv("\uFEFFCHILD,DOB,REVIEW,REVIEW_CODE", "Zoë,,01/05/2020,PN1");
    async function* mixed() {
      yield text.slice(0, 10);
      yield Buffer.from(text.slice(10, 20));
      yield text.slice(20);
    }
    const a = await runCsv(mixed());
    const b = await runCsv(inChunks(text, 1));
    expect(a).toEqual(b);
    expect(a.records[0]?.record).toMatchObject({ laChildId: "Zoë" });
  });
});
