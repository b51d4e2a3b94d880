import { describe, expect, it } from "vitest";
import { ProblemLog } from "../problems.ts";
import { parseSsda903Xml } from "./parse-903-xml.ts";
import { RULES } from "./rules.ts";
import { countBy, inChunks, once, readSample, runXml, where } from "./test-helpers.ts";

const FAKE = "csc-validator-be-903/fake_903.xml";

const xml = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<EXPSSDA903>\n${body}\n</EXPSSDA903>\n`;

describe("parseSsda903Xml on fake_903.xml", () => {
  it("emits a record for every child, episode, review, missing episode, care leaver and OC2", async () => {
    const outcome = await runXml(inChunks(readSample(FAKE), 64 * 1024), FAKE, {
      collectionYear: 2018,
    });
    // Counted with grep -o '<CHILD>' etc.: 253 CHILD, 459 EPISODE, 1206 AREVIEW,
    // 6 AMISSING, 6 with IN_TOUCH (OC3), 253 OC2.
    expect(outcome.result).toEqual({ children: 253, records: 2183 });
    expect(countBy(outcome.records, (r) => r.type)).toEqual({
      child: 253,
      lac_episode: 459,
      lac_review: 1206,
      missing_episode: 6,
      care_leaver: 6,
      health_check: 253,
    });
    // No errors: only codes outside the 2025/26 lists (PL H5 16, P2 23, Z1 16; ACCOM
    // S1 x2 and 01; ACTIV P3; REASON_PLACED_CEASED XXX on all 3 AD_PLACED).
    expect(countBy(outcome.problems, (p) => `${p.rule}/${p.severity}/${p.column}`)).toEqual({
      "SSDA903_UNKNOWN_CODE/warning/PL": 55,
      "SSDA903_UNKNOWN_CODE/warning/ACCOM": 3,
      "SSDA903_UNKNOWN_CODE/warning/ACTIV": 1,
      "SSDA903_UNKNOWN_CODE/warning/REASON_PLACED_CEASED": 3,
    });
    for (const p of outcome.problems) {
      expect(p).toMatchObject({ file: FAKE, row: null, line: 2 });
      expect(p.path).toMatch(/^\/EXPSSDA903\/CHILD\[\d+\]\//);
    }
  });

  it("points each problem at its element", async () => {
    const outcome = await runXml(inChunks(readSample(FAKE), 64 * 1024), FAKE);
    const paths = outcome.problems
      .filter((p) => p.column !== "PL")
      .map((p) => `${p.path}|${p.rule}`);
    expect(paths).toEqual([
      `/EXPSSDA903/CHILD[110]/HEADER/ACCOM|${RULES.unknownCode}`,
      `/EXPSSDA903/CHILD[111]/HEADER/ACTIV|${RULES.unknownCode}`,
      `/EXPSSDA903/CHILD[111]/HEADER/ACCOM|${RULES.unknownCode}`,
      `/EXPSSDA903/CHILD[146]/HEADER/AD_PLACED[1]/REASON_PLACED_CEASED|${RULES.unknownCode}`,
      `/EXPSSDA903/CHILD[183]/HEADER/AD_PLACED[1]/REASON_PLACED_CEASED|${RULES.unknownCode}`,
      `/EXPSSDA903/CHILD[210]/HEADER/AD_PLACED[1]/REASON_PLACED_CEASED|${RULES.unknownCode}`,
      `/EXPSSDA903/CHILD[252]/HEADER/ACCOM|${RULES.unknownCode}`,
    ]);
    expect(outcome.problems[0]).toMatchObject({
      path: "/EXPSSDA903/CHILD[1]/EPISODE[2]/PL",
      column: "PL",
      message: expect.stringContaining('"P2"'),
    });
  });

  it("maps the first CHILD to exact records, each emitted as its element closes", async () => {
    const outcome = await runXml(inChunks(readSample(FAKE), 64 * 1024), FAKE, {
      collectionYear: 2018,
    });
    expect(outcome.records.slice(0, 6)).toEqual([
      {
        type: "lac_review",
        record: { laChildId: "907440", reviewDate: "2015-09-27", reviewCode: "PN0" },
      },
      {
        type: "lac_review",
        record: { laChildId: "907440", reviewDate: "2016-07-14", reviewCode: "PN1" },
      },
      {
        type: "health_check",
        record: {
          laChildId: "907440",
          collectionYear: 2018,
          healthCheck: true,
          dentalCheck: true,
          immunisations: true,
        },
      },
      {
        type: "child",
        record: {
          laChildId: "907440",
          upn: "O013219285333",
          dateOfBirth: "2010-07-28",
          sex: "2",
          ethnicity: "BAFR",
          disabilities: [],
        },
      },
      {
        type: "lac_episode",
        record: {
          laChildId: "907440",
          decom: "2017-01-06",
          rne: "T",
          legalStatus: "J3",
          cinCode: "N4",
          placement: "R5",
          placementProvider: "PR2",
          dec: "2017-10-06",
          reasonEpisodeCeased: "X1",
          reasonPlaceChange: "CUSTOD",
          homePostcode: "B15 8PZ",
          placementPostcode: "E7 5YR",
          urn: "1465167",
        },
      },
      {
        type: "lac_episode",
        record: expect.objectContaining({
          decom: "2017-10-06",
          placement: "P2",
          dec: "2018-03-07",
        }),
      },
    ]);
  });

  it("gives identical output when the file arrives one byte at a time", async () => {
    const data = readSample(FAKE);
    const whole = await runXml(once(data.toString("utf8")), FAKE);
    const bytewise = await runXml(inChunks(data, 1), FAKE);
    expect(bytewise).toEqual(whole);
  }, 30_000);

  it("refuses the XSD, which is XML but not a return", async () => {
    const outcome = await runXml(inChunks(readSample("xsd/CLA.xsd"), 4096), "CLA.xsd");
    expect(where(outcome.problems)).toEqual([`2||${RULES.unknownTable}`]);
    expect(outcome.records).toEqual([]);
  });
});

describe("parseSsda903Xml refuses DOCTYPEs", () => {
  const attacks: Record<string, string> = {
    "external entity (XXE)":
      '<?xml version="1.0"?>\n<!DOCTYPE EXPSSDA903 [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<EXPSSDA903><CHILD><HEADER><CHILDID>&xxe;</CHILDID></HEADER></CHILD></EXPSSDA903>',
    "billion laughs":
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><EXPSSDA903><CHILD><HEADER><CHILDID>&lol2;</CHILDID></HEADER></CHILD></EXPSSDA903>',
    "external DTD": '<!DOCTYPE EXPSSDA903 SYSTEM "http://example.invalid/cla.dtd"><EXPSSDA903/>',
    "harmless-looking DOCTYPE":
      "<!DOCTYPE EXPSSDA903><EXPSSDA903><CHILD><HEADER><CHILDID>1</CHILDID></HEADER></CHILD></EXPSSDA903>",
  };

  for (const [name, text] of Object.entries(attacks)) {
    it(`refuses ${name}, emitting nothing, however it is chunked`, async () => {
      for (const size of [1, 7, 1 << 16]) {
        const outcome = await runXml(inChunks(text, size), "evil.xml");
        expect(outcome.records).toEqual([]);
        expect(outcome.result).toEqual({ children: 0, records: 0 });
        expect(outcome.problems).toHaveLength(1);
        expect(outcome.problems[0]).toMatchObject({
          file: "evil.xml",
          row: null,
          rule: RULES.xmlDoctypeForbidden,
          severity: "error",
        });
      }
    });
  }

  it("never expands an entity that was not declared", async () => {
    const outcome = await runXml(
      once(xml("<CHILD><HEADER><CHILDID>&xxe;</CHILDID></HEADER></CHILD>")),
    );
    expect(outcome.records).toEqual([]);
    expect(where(outcome.problems)).toEqual([`3||${RULES.xmlMalformed}`]);
  });
});

describe("parseSsda903Xml rules", () => {
  it("stops at malformed XML, keeping the rows completed before it", async () => {
    const body = [
      "<CHILD><HEADER><CHILDID>1</CHILDID></HEADER></CHILD>",
      "<CHILD><HEADER><CHILDID>2</CHILDID></HEADER><EPISODE></CHILD>",
      "<CHILD><HEADER><CHILDID>3</CHILDID></HEADER></CHILD>",
    ].join("\n");
    const outcome = await runXml(once(xml(body)));
    // Child 2's HEADER was complete (and loaded) before its unclosed EPISODE.
    expect(outcome.records.map((r) => `${r.type}:${r.record.laChildId}`)).toEqual([
      "child:1",
      "child:2",
    ]);
    expect(where(outcome.problems)).toEqual([`4||${RULES.xmlMalformed}`]);
    expect(outcome.problems[0]?.message).toMatch(/not well-formed/);
  });

  it("reports empty input and a truncated file as malformed", async () => {
    for (const text of ["", "   ", "<EXPSSDA903><CHILD>"]) {
      const outcome = await runXml(once(text));
      expect(
        outcome.problems.map((p) => p.rule),
        JSON.stringify(text),
      ).toEqual([RULES.xmlMalformed]);
    }
  });

  it("refuses a root that is not EXPSSDA903", async () => {
    const outcome = await runXml(
      once("<Message><CHILD><HEADER><CHILDID>1</CHILDID></HEADER></CHILD></Message>"),
    );
    expect(outcome.records).toEqual([]);
    expect(outcome.problems).toMatchObject([
      { rule: RULES.unknownTable, path: "/Message", line: 1 },
    ]);
  });

  it("validates fields with the table rules and reports lines and paths", async () => {
    const body = [
      "<CHILD>",
      "  <HEADER>",
      "    <CHILDID>42</CHILDID><SEX>1</SEX><DOB>31/02/2010</DOB><ETHNIC>WBRI</ETHNIC>",
      "    <AREVIEW><REVIEW>2020-05-01</REVIEW><REVIEW_CODE>PN9</REVIEW_CODE></AREVIEW>",
      "    <AMISSING><MISSING>M</MISSING><MIS_START></MIS_START></AMISSING>",
      "  </HEADER>",
      "  <EPISODE><DECOM>01/04/2020</DECOM><RNE>S</RNE><PL>U1</PL><DEC>01/03/2020</DEC></EPISODE>",
      "  <EPISODE><RNE>P</RNE></EPISODE>",
      "</CHILD>",
    ].join("\n");
    const outcome = await runXml(once(xml(body)), "t.xml");
    expect(outcome.problems.map((p) => `${p.line}|${p.path}|${p.rule}|${p.severity}`)).toEqual([
      // Rows are checked as each one closes: the reviews and missing episode inside
      // HEADER close before HEADER itself, whose own fields (DOB) are checked then.
      `6|/EXPSSDA903/CHILD[1]/HEADER/AREVIEW[1]/REVIEW|${RULES.dateFormat}|warning`,
      `6|/EXPSSDA903/CHILD[1]/HEADER/AREVIEW[1]/REVIEW_CODE|${RULES.unknownCode}|warning`,
      `7|/EXPSSDA903/CHILD[1]/HEADER/AMISSING[1]/MIS_START|${RULES.missingMandatory}|error`,
      `5|/EXPSSDA903/CHILD[1]/HEADER/DOB|${RULES.dateInvalid}|error`,
      `9|/EXPSSDA903/CHILD[1]/EPISODE[1]/DEC|${RULES.endBeforeStart}|warning`,
      `10|/EXPSSDA903/CHILD[1]/EPISODE[2]/DECOM|${RULES.missingMandatory}|error`,
    ]);
    // The child (bad DOB), the missing episode and the DECOM-less episode are not
    // loaded; the review and the backwards episode are.
    expect(outcome.records.map((r) => r.type)).toEqual(["lac_review", "lac_episode"]);
    expect(outcome.records[1]?.record).toMatchObject({ laChildId: "42", placement: "U1" });
  });

  it("skips a CHILD without CHILDID, saying so once", async () => {
    const outcome = await runXml(
      once(
        xml(
          "<CHILD><HEADER><DOB>01/01/2010</DOB></HEADER><EPISODE><DECOM>01/04/2020</DECOM></EPISODE></CHILD>",
        ),
      ),
    );
    expect(outcome.records).toEqual([]);
    expect(outcome.problems).toMatchObject([
      {
        rule: RULES.missingMandatory,
        column: "CHILDID",
        path: "/EXPSSDA903/CHILD[1]/HEADER/CHILDID",
      },
    ]);
  });

  it("holds rows that come before the CHILDID, then keys them; without a HEADER, reports it", async () => {
    const outcome = await runXml(
      once(
        xml(
          [
            "<CHILD><EPISODE><DECOM>01/04/2020</DECOM></EPISODE><HEADER><CHILDID>9</CHILDID></HEADER></CHILD>",
            "<CHILD><EPISODE><DECOM>01/04/2020</DECOM></EPISODE></CHILD>",
          ].join("\n"),
        ),
      ),
    );
    expect(outcome.records.map((r) => `${r.type}:${r.record.laChildId}`)).toEqual([
      "child:9",
      "lac_episode:9",
    ]);
    expect(outcome.problems).toMatchObject([
      { line: 4, rule: RULES.missingMandatory, path: "/EXPSSDA903/CHILD[2]/HEADER/CHILDID" },
    ]);
  });

  it("streams: a row reaches the sink before the rest of the file is read", async () => {
    const seen: string[] = [];
    const problems = new ProblemLog();
    async function* input() {
      yield "<EXPSSDA903><CHILD><HEADER><CHILDID>1</CHILDID></HEADER><EPISODE><DECOM>01/04/2020</DECOM></EPISODE>";
      seen.push("second chunk requested");
      yield "</CHILD></EXPSSDA903>";
    }
    await parseSsda903Xml(input(), {
      file: "s.xml",
      problems,
      sink: { add: (r) => void seen.push(r.type) },
    });
    expect(seen).toEqual(["child", "lac_episode", "second chunk requested"]);
  });

  it("reads CDATA, entities, a BOM and CRLF line ends", async () => {
    const text = `\uFEFF${xml("<CHILD><HEADER><CHILDID><![CDATA[A&1]]></CHILDID><UPN>X&amp;Y</UPN></HEADER></CHILD>").replaceAll("\n", "\r\n")}`;
    const outcome = await runXml(inChunks(text, 1));
    expect(outcome.problems).toEqual([]);
    expect(outcome.records[0]?.record).toMatchObject({ laChildId: "A&1", upn: "X&Y" });
  });

  it("stops fatally past maxRows (children, episodes, reviews... each count)", async () => {
    const child = (id: number) =>
      `<CHILD><HEADER><CHILDID>${id}</CHILDID></HEADER><EPISODE><DECOM>01/04/2020</DECOM></EPISODE></CHILD>`;
    const outcome = await runXml(once(xml([1, 2, 3].map(child).join("\n"))), "m.xml", {
      maxRows: 4,
    });
    expect(where(outcome.problems)).toEqual([`5||${RULES.tooManyRecords}`]);
    expect(outcome.records.map((r) => `${r.type}:${r.record.laChildId}`)).toEqual([
      "child:1",
      "lac_episode:1",
      "child:2",
      "lac_episode:2",
    ]);
  });

  it("stops on a value far longer than any SSDA903 value", async () => {
    const outcome = await runXml(
      inChunks(
        xml(`<CHILD><HEADER><CHILDID>${"9".repeat(70_000)}</CHILDID></HEADER></CHILD>`),
        8192,
      ),
    );
    expect(outcome.records).toEqual([]);
    expect(outcome.problems.map((p) => p.rule)).toEqual([RULES.xmlMalformed]);
  });

  it("ignores unknown elements and attributes", async () => {
    const outcome = await runXml(
      once(
        xml(
          '<NOTE a="1"><CHILD/></NOTE><CHILD x="y"><HEADER><CHILDID>5</CHILDID><LOCAL><DOB>bad</DOB></LOCAL></HEADER></CHILD>',
        ),
      ),
    );
    expect(outcome.problems).toEqual([]);
    expect(outcome.records.map((r) => r.record.laChildId)).toEqual(["5"]);
  });
});
