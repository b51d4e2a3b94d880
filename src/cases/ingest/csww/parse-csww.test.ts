import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { StaffRecord } from "../../model.ts";
import type { Problem } from "../problems.ts";
import {
  cswwMessage,
  lineOf,
  parseChunks,
  parseText,
  problemKeys,
  SAMPLES_DIR,
  sampleFiles,
  splitBytes,
  workerXml,
} from "./csww-test-kit.ts";
import { type CswwMeta, detectCsww } from "./parse-csww.ts";

const sample = (name: string) => readFileSync(join(SAMPLES_DIR, name));
const SAMPLE_2022 = "liia-tools/social_work_workforce_2022.xml";

const staffOf = (records: readonly { type: string; record: unknown }[]) =>
  records.map((r) => {
    expect(r.type).toBe("staff");
    return r.record as StaffRecord;
  });

const fatal = (problems: readonly Problem[]) => problems.filter((p) => p.severity === "error");

/**
 * What each shared sample holds, read by hand from the XML. The 2022 sample is synthetic
 * (liia-tools' generator): its header says the census date is 2022-09-30 and its DateTime
 * says it was made on 2023-03-28, and that generation date leaks into the workers' dates.
 */
const SAMPLE_EXPECTATIONS: Record<string, { meta: CswwMeta; staff: number; problems: string[] }> = {
  [SAMPLE_2022]: {
    meta: { collectionYear: 2022, referenceDate: "2022-09-30", lea: "301", workers: 30 },
    staff: 30,
    problems: [
      // a leaver from 2019 in the 2022 return
      "49 RoleEndDate CSWW_DATE_OUTSIDE_YEAR",
      "70 RoleEndDate CSWW_DATE_OUTSIDE_YEAR",
      "89 RoleStartDate CSWW_DATE_OUTSIDE_YEAR",
      "121 RoleEndDate CSWW_DATE_OUTSIDE_YEAR",
      "152 RoleStartDate CSWW_DATE_OUTSIDE_YEAR",
      "184 RoleEndDate CSWW_DATE_OUTSIDE_YEAR",
      "220 RoleEndDate CSWW_DATE_OUTSIDE_YEAR",
      "242 RoleEndDate CSWW_DATE_OUTSIDE_YEAR",
      "263 RoleEndDate CSWW_DATE_OUTSIDE_YEAR",
      // a start eight days after the census date
      "298 RoleStartDate CSWW_DATE_OUTSIDE_YEAR",
      "318 RoleStartDate CSWW_DATE_OUTSIDE_YEAR",
      "334 RoleStartDate CSWW_DATE_OUTSIDE_YEAR",
      // a leaver from 2018
      "370 RoleEndDate CSWW_DATE_OUTSIDE_YEAR",
      "387 RoleStartDate CSWW_DATE_OUTSIDE_YEAR",
      "404 RoleEndDate CSWW_DATE_OUTSIDE_YEAR",
      "422 RoleStartDate CSWW_DATE_OUTSIDE_YEAR",
      "454 RoleEndDate CSWW_DATE_OUTSIDE_YEAR",
      "474 RoleEndDate CSWW_DATE_OUTSIDE_YEAR",
      "511 RoleEndDate CSWW_DATE_OUTSIDE_YEAR",
      "549 RoleEndDate CSWW_DATE_OUTSIDE_YEAR",
    ],
  },
};

describe("shared CSWW samples", () => {
  it("has an expectation for every sample file", () => {
    expect(sampleFiles()).toEqual(Object.keys(SAMPLE_EXPECTATIONS).sort());
  });

  for (const [name, expected] of Object.entries(SAMPLE_EXPECTATIONS)) {
    it(`parses ${name}`, async () => {
      const result = await parseChunks([sample(name)], { file: name });
      expect(result.meta).toEqual(expected.meta);
      expect(staffOf(result.records)).toHaveLength(expected.staff);
      expect(problemKeys(result.problems)).toEqual(expected.problems);
      for (const problem of result.problems) {
        expect(problem).toMatchObject({ file: name, row: null, severity: "warning" });
        expect(problem.path).toMatch(/^\/Message\/CSWWWorker\[\d+\]\/Role(Start|End)Date$/);
        expect(problem.message.length).toBeGreaterThan(20);
      }
    });

    it(`gives identical results for ${name} fed one byte at a time`, async () => {
      const whole = await parseChunks([sample(name)]);
      const bytes = await parseChunks(splitBytes(sample(name), 1));
      expect(bytes).toEqual(whole);
    });
  }

  it("reads the 2022 sample's workers as counted by hand", async () => {
    const staff = staffOf((await parseChunks([sample(SAMPLE_2022)])).records);
    const tally = (pick: (s: StaffRecord) => unknown) => {
      const counts: Record<string, number> = {};
      for (const s of staff) counts[String(pick(s))] = (counts[String(pick(s))] ?? 0) + 1;
      return counts;
    };
    expect(tally((s) => s.agency)).toEqual({ true: 18, false: 12 });
    expect(tally((s) => s.role)).toEqual({
      null: 13,
      "Senior manager": 4,
      "Middle manager": 3,
      "First line manager": 2,
      "Senior practitioner": 1,
      "Case holder": 2,
      "Qualified without cases": 5,
    });
    expect(staff.filter((s) => s.startDate !== null)).toHaveLength(26);
    // The 13 leavers are exactly the 13 workers with an FTE of 0.
    const leavers = staff.filter((s) => s.leaveDate !== null).map((s) => s.staffId);
    expect(leavers).toHaveLength(13);
    expect(staff.filter((s) => s.fte === 0).map((s) => s.staffId)).toEqual(leavers);
    expect(new Set(staff.map((s) => s.staffId)).size).toBe(30);
    for (const s of staff) {
      expect(s).toMatchObject({ teamName: null, qualifiedDate: null, asyeStartDate: null });
    }
  });

  it("emits exactly the first, second and last workers of the 2022 sample", async () => {
    const staff = staffOf((await parseChunks([sample(SAMPLE_2022)])).records);
    const none = { teamName: null, qualifiedDate: null, asyeStartDate: null };
    expect(staff[0]).toEqual({
      ...none,
      staffId: "Oz2054309383",
      role: null,
      fte: 0.521371,
      agency: true,
      startDate: "1988-04-07",
      leaveDate: null,
    });
    expect(staff[1]).toEqual({
      ...none,
      staffId: "Yk7226043359",
      role: "Middle manager",
      fte: 0,
      agency: true,
      startDate: null,
      leaveDate: "2019-09-23",
    });
    expect(staff.at(-1)).toEqual({
      ...none,
      staffId: "od1620971821",
      role: "Senior manager",
      fte: 0,
      agency: true,
      startDate: "2016-08-20",
      leaveDate: "2023-03-28",
    });
  });
});

describe("detectCsww", () => {
  it("recognises a workforce census by its collection or its own elements", () => {
    expect(detectCsww(sample(SAMPLE_2022).toString("utf8").slice(0, 8192))).toBe(true);
    expect(detectCsww(`\uFEFF<?xml version="1.0"?>\n${cswwMessage(workerXml("SW1"))}`)).toBe(true);
    expect(detectCsww("<Message><CSWWWorker><SWENo>A</SWENo>")).toBe(true);
    expect(detectCsww("<Message>\n<LALevelVacancies>")).toBe(true);
    expect(detectCsww("<x:Message><x:Collection> csww </x:Collection>")).toBe(true);
  });

  it("does not claim other extracts", () => {
    const cin = readFileSync(
      join(SAMPLES_DIR, "../cin/liia-tools-pipeline/BAR_cin_2022.xml"),
      "utf8",
    );
    expect(detectCsww(cin)).toBe(false);
    expect(detectCsww("<EXPSSDA903><Header/></EXPSSDA903>")).toBe(false);
    expect(detectCsww("CHILD,SEX,DOB\nCSWWWorker,1,2000-01-01")).toBe(false);
    expect(detectCsww("<Message><Collection>CIN</Collection>")).toBe(false);
    expect(detectCsww("")).toBe(false);
  });
});

describe("the header", () => {
  it("derives the census date, 30 September of Year, when there is no ReferenceDate", async () => {
    const { meta, problems } = await parseText(
      cswwMessage(workerXml("SW1"), { year: "2023", referenceDate: null, lea: "201" }),
    );
    expect(meta).toEqual({
      collectionYear: 2023,
      referenceDate: "2023-09-30",
      lea: "201",
      workers: 1,
    });
    expect(problems).toEqual([]);
  });

  it("reports a bad Year and ReferenceDate as errors and does not guess the date", async () => {
    const xml = cswwMessage(workerXml("SW1"), { year: "20x4", referenceDate: "2024-09-31" });
    const { meta, problems, records } = await parseText(xml);
    expect(problemKeys(problems)).toEqual([
      `${lineOf(xml, "<Year>")} Year CSWW_NUMBER_INVALID`,
      `${lineOf(xml, "<ReferenceDate>")} ReferenceDate CSWW_DATE_INVALID`,
    ]);
    expect(problems.map((p) => p.severity)).toEqual(["error", "error"]);
    expect(problems[0]?.path).toBe("/Message/Header/CollectionDetails/Year");
    expect(meta).toMatchObject({ collectionYear: null, referenceDate: null });
    expect(records).toHaveLength(1);
  });

  it("accepts a file with no header, knowing it by its workers", async () => {
    const xml = `<Message>\n${workerXml("SW1")}\n</Message>`;
    const { meta, problems, records } = await parseText(xml);
    expect(meta).toEqual({ collectionYear: null, referenceDate: null, lea: null, workers: 1 });
    expect(problems).toEqual([]);
    expect(records).toHaveLength(1);
  });

  it("takes the first Source's LEA and accepts the collection in any case", async () => {
    const xml = cswwMessage(workerXml("SW1"), { collection: "csww" }).replace(
      "</Source>",
      "</Source>\n<Source><LEA>999</LEA></Source>",
    );
    const { meta, problems } = await parseText(xml);
    expect(meta.lea).toBe("873");
    expect(problems).toEqual([]);
  });
});

describe("files that are not a workforce census", () => {
  it("refuses a CIN census return, with no records", async () => {
    const cin = readFileSync(join(SAMPLES_DIR, "../cin/liia-tools-pipeline/BAR_cin_2022.xml"));
    const { records, problems } = await parseChunks([cin]);
    expect(records).toEqual([]);
    expect(problems).toEqual([
      expect.objectContaining({
        rule: "CSWW_NOT_A_CENSUS",
        severity: "error",
        column: "Collection",
        path: "/Message/Header/CollectionDetails/Collection",
      }),
    ]);
  });

  it("refuses another root element, a header-less other message and an empty one", async () => {
    const root = await parseText("<?xml version='1.0'?>\n<EXPSSDA903>\n</EXPSSDA903>");
    expect(problemKeys(root.problems)).toEqual(["2 EXPSSDA903 CSWW_NOT_A_CENSUS"]);
    const other = await parseText("<Message>\n<Children>\n<Child/>\n</Children>\n</Message>");
    expect(problemKeys(other.problems)).toEqual(["2 Children CSWW_NOT_A_CENSUS"]);
    const empty = await parseText("<Message>\n<Header/>\n</Message>");
    expect(problemKeys(empty.problems)).toEqual(["1 Message CSWW_NOT_A_CENSUS"]);
  });
});

describe("worker problems", () => {
  it("does not load a worker without a SWENo, and says where it is", async () => {
    const xml = cswwMessage(
      [workerXml(null, ["<FTE>0.5</FTE>"]), workerXml("  ", []), workerXml("SW3")].join("\n"),
    );
    const { records, problems, meta } = await parseText(xml);
    expect(staffOf(records).map((s) => s.staffId)).toEqual(["SW3"]);
    expect(meta.workers).toBe(3);
    expect(problems).toEqual([
      {
        file: "test.xml",
        row: null,
        line: lineOf(xml, "<CSWWWorker>"),
        path: "/Message/CSWWWorker[1]",
        column: "SWENo",
        rule: "CSWW_MISSING_MANDATORY",
        message:
          "This worker has no SWENo (Social Work England registration number), so it was not loaded.",
        severity: "error",
      },
      // An empty SWENo is pointed at itself.
      expect.objectContaining({
        line: lineOf(xml, "<SWENo>"),
        path: "/Message/CSWWWorker[2]/SWENo",
        rule: "CSWW_MISSING_MANDATORY",
      }),
    ]);
  });

  it("blanks invalid dates and numbers with an error each, keeping the worker", async () => {
    const lines = [
      "<FTE>1.5</FTE>",
      "<RoleStartDate>2023-02-29</RoleStartDate>",
      "<RoleEndDate>31/03/2024</RoleEndDate>",
    ];
    const xml = cswwMessage(workerXml("SW1", lines));
    const { records, problems } = await parseText(xml);
    expect(problemKeys(problems)).toEqual([
      `${lineOf(xml, "<FTE>")} FTE CSWW_NUMBER_INVALID`,
      `${lineOf(xml, "<RoleStartDate>")} RoleStartDate CSWW_DATE_INVALID`,
      `${lineOf(xml, "<RoleEndDate>")} RoleEndDate CSWW_DATE_INVALID`,
    ]);
    expect(problems.every((p) => p.severity === "error")).toBe(true);
    expect(problems[0]?.path).toBe("/Message/CSWWWorker[1]/FTE");
    expect(staffOf(records)[0]).toMatchObject({ fte: null, startDate: null, leaveDate: null });
  });

  it("reads FTEs as the XSD writes decimals, from 0 to 1", async () => {
    const fte = async (text: string) => {
      const { records, problems } = await parseText(
        cswwMessage(workerXml("SW1", [`<FTE>${text}</FTE>`])),
      );
      return problems.length > 0 ? problems.map((p) => p.rule) : staffOf(records)[0]?.fte;
    };
    expect(await fte("0.500000")).toBe(0.5);
    expect(await fte(" .25 ")).toBe(0.25);
    expect(await fte("1")).toBe(1);
    expect(await fte("-0")).toBe(0);
    expect(await fte("0.1234567")).toBe(0.1234567);
    for (const bad of ["1.000001", "-0.1", "1e-1", "0,5", "half", "37.5", "Infinity", "0x1"]) {
      expect(await fte(bad)).toEqual(["CSWW_NUMBER_INVALID"]);
    }
  });

  it("keeps an unknown role code as the role and warns; warns on an unknown agency flag", async () => {
    const xml = cswwMessage(
      [
        workerXml("SW1", ["<OrgRole>7</OrgRole>"], "2"),
        workerXml("SW2", ["<OrgRole>4</OrgRole>"], "true"),
        workerXml("SW3", [], null),
      ].join("\n"),
    );
    const { records, problems } = await parseText(xml);
    expect(problemKeys(problems)).toEqual([
      `${lineOf(xml, "<AgencyWorker>")} AgencyWorker CSWW_UNKNOWN_CODE`,
      `${lineOf(xml, "<OrgRole>")} OrgRole CSWW_UNKNOWN_CODE`,
    ]);
    expect(problems.every((p) => p.severity === "warning")).toBe(true);
    expect(staffOf(records).map((s) => [s.staffId, s.role, s.agency])).toEqual([
      ["SW1", "7", null],
      ["SW2", "Senior practitioner", true],
      ["SW3", null, null],
    ]);
  });

  it("warns when a worker leaves before they start, keeping both dates", async () => {
    const lines = [
      "<RoleStartDate>2024-05-01</RoleStartDate>",
      "<RoleEndDate>2024-04-30</RoleEndDate>",
    ];
    const xml = cswwMessage(workerXml("SW1", lines));
    const { records, problems } = await parseText(xml);
    expect(problemKeys(problems)).toEqual([
      `${lineOf(xml, "<RoleEndDate>")} RoleEndDate CSWW_END_BEFORE_START`,
    ]);
    expect(problems[0]?.severity).toBe("warning");
    expect(staffOf(records)[0]).toMatchObject({
      startDate: "2024-05-01",
      leaveDate: "2024-04-30",
    });
  });

  it("warns about dates outside the census year, at its edges exactly", async () => {
    const worker = (id: string, start: string, end: string) =>
      workerXml(id, [
        `<RoleStartDate>${start}</RoleStartDate>`,
        `<RoleEndDate>${end}</RoleEndDate>`,
      ]);
    const xml = cswwMessage(
      [
        worker("SW1", "2000-01-01", "2023-10-01"), // first day of the year: fine
        worker("SW2", "2024-09-30", "2024-09-30"), // leaving on the census date: fine
        worker("SW3", "2000-01-01", "2023-09-30"), // left the year before
        worker("SW4", "2024-10-01", "2024-10-01"), // starts and leaves after the census date
      ].join("\n"),
    );
    const { problems } = await parseText(xml);
    expect(problemKeys(problems)).toEqual([
      `${lineOf(xml, "<RoleEndDate>", 3)} RoleEndDate CSWW_DATE_OUTSIDE_YEAR`,
      `${lineOf(xml, "<RoleStartDate>", 4)} RoleStartDate CSWW_DATE_OUTSIDE_YEAR`,
      `${lineOf(xml, "<RoleEndDate>", 4)} RoleEndDate CSWW_DATE_OUTSIDE_YEAR`,
    ]);
    expect(problems[0]?.message).toContain("began on 2023-10-01");
  });

  it("warns about a repeated element and a repeated SWENo; the later worker is kept too", async () => {
    const xml = cswwMessage(
      [workerXml("SW1", ["<FTE>0.5</FTE>", "<FTE>0.7</FTE>"]), workerXml("SW1", [])].join("\n"),
    );
    const { records, problems } = await parseText(xml);
    expect(problemKeys(problems)).toEqual([
      `${lineOf(xml, "<FTE>", 2)} FTE CSWW_DUPLICATE_ELEMENT`,
      `${lineOf(xml, "<SWENo>", 2)} SWENo CSWW_DUPLICATE_WORKER`,
    ]);
    expect(problems[0]?.path).toBe("/Message/CSWWWorker[1]/FTE[2]");
    expect(problems[1]?.message).toContain(`line ${lineOf(xml, "<CSWWWorker>")}`);
    expect(staffOf(records).map((s) => s.fte)).toEqual([0.5, null]);
  });

  it("warns about a census element in the wrong place but skips extensions quietly", async () => {
    const xml = cswwMessage(
      [
        "<SWENo>SW0</SWENo>",
        workerXml("SW1", ["<TeamName>North</TeamName>", "<CSWWWorker/>"]),
        "<Extension><CSWWWorker/></Extension>",
      ].join("\n"),
    );
    const { records, problems } = await parseText(xml);
    expect(problemKeys(problems)).toEqual([
      `${lineOf(xml, "<SWENo>SW0")} SWENo CSWW_ELEMENT_MISPLACED`,
      `${lineOf(xml, "<CSWWWorker/>")} CSWWWorker CSWW_ELEMENT_MISPLACED`,
    ]);
    expect(problems[1]?.path).toBe("/Message/CSWWWorker[1]/CSWWWorker");
    expect(staffOf(records).map((s) => s.staffId)).toEqual(["SW1"]);
  });

  it("reads namespace prefixes, CDATA, entities and markup inside values", async () => {
    const xml = [
      `<c:Message xmlns:c="urn:x">`,
      "<c:CSWWWorker><c:SWENo><![CDATA[A&B]]>&lt;1&gt;</c:SWENo>",
      "<c:FTE>0.<b>x</b>5</c:FTE><c:OrgRole>\n3\n</c:OrgRole></c:CSWWWorker>",
      "</c:Message>",
    ].join("\n");
    const { records, problems } = await parseText(xml);
    expect(problems).toEqual([]);
    expect(staffOf(records)[0]).toMatchObject({
      staffId: "A&B<1>",
      fte: 0.5,
      role: "First line manager",
    });
  });
});

describe("hostile and broken XML", () => {
  it("refuses a DOCTYPE with an external entity (XXE), emitting nothing", async () => {
    const xml = `<?xml version="1.0"?>\n<!DOCTYPE Message [\n<!ENTITY xxe SYSTEM "file:///etc/passwd">\n]>\n${cswwMessage(
      workerXml("&xxe;"),
    ).replace(/^<\?xml[^\n]*\n/, "")}`;
    const { records, problems } = await parseText(xml);
    expect(records).toEqual([]);
    expect(problems).toEqual([
      expect.objectContaining({
        line: 2,
        column: null,
        rule: "XML_DOCTYPE_FORBIDDEN",
        severity: "error",
      }),
    ]);
  });

  it("refuses a billion-laughs file", async () => {
    const entities = ['<!ENTITY lol "lol">'];
    for (let i = 1; i <= 9; i++) {
      entities.push(`<!ENTITY lol${i} "${`&lol${i === 1 ? "" : i - 1};`.repeat(10)}">`);
    }
    const xml = `<!-- <!DOCTYPE in a comment is harmless -->\n<!DOCTYPE lolz [\n${entities.join("\n")}\n]>\n<Message><CSWWWorker><SWENo>&lol9;</SWENo></CSWWWorker></Message>`;
    const { records, problems } = await parseText(xml);
    expect(records).toEqual([]);
    expect(problemKeys(problems)).toEqual(["2 null XML_DOCTYPE_FORBIDDEN"]);
  });

  it("refuses a DOCTYPE written after the root element starts", async () => {
    const { records, problems } = await parseText("<Message>\n<!DOCTYPE x>\n</Message>");
    expect(records).toEqual([]);
    expect(problems.map((p) => [p.line, p.rule])).toEqual([[2, "XML_DOCTYPE_FORBIDDEN"]]);
  });

  it("stops reading the input at a DOCTYPE", async () => {
    let pulled = 0;
    let finished = false;
    async function* chunks() {
      try {
        yield "<!DOCTYPE Message>";
        for (let i = 0; i < 100; i++) {
          pulled++;
          yield "<Message>";
        }
      } finally {
        finished = true;
      }
    }
    const { problems } = await parseChunks(chunks());
    expect(problems.map((p) => p.rule)).toEqual(["XML_DOCTYPE_FORBIDDEN"]);
    expect(pulled).toBe(0);
    expect(finished).toBe(true);
  });

  it("refuses truncated XML as XML_MALFORMED at its last line", async () => {
    const xml = cswwMessage([workerXml("SW1"), workerXml("SW2", ["<FTE>0.5</FTE>"])].join("\n"));
    const cut = xml.slice(0, xml.indexOf("<FTE>"));
    const { records, problems } = await parseText(cut);
    // The worker already complete still reaches the sink; the fatal error rejects the file.
    expect(staffOf(records).map((s) => s.staffId)).toEqual(["SW1"]);
    expect(problems).toEqual([
      expect.objectContaining({
        rule: "XML_MALFORMED",
        severity: "error",
        line: cut.split("\n").length,
        path: "/Message/CSWWWorker[2]",
        column: "CSWWWorker",
      }),
    ]);
  });

  it("reports mismatched tags, undefined entities and an empty file as XML_MALFORMED", async () => {
    const mismatched = await parseText(cswwMessage("<CSWWWorker>\n<SWENo>A</FTE>\n</CSWWWorker>"));
    // saxes closes SWENo before it complains, so the worker is the innermost open element.
    expect(problemKeys(mismatched.problems)).toEqual(["20 CSWWWorker XML_MALFORMED"]);
    const entity = await parseText(cswwMessage(workerXml("&who;")));
    expect(entity.problems.map((p) => [p.rule, p.line])).toEqual([["XML_MALFORMED", 21]]);
    const empty = await parseText("");
    expect(empty.problems.map((p) => p.rule)).toEqual(["XML_MALFORMED"]);
    expect(fatal(empty.problems)).toHaveLength(1);
  });

  it("refuses bytes that are not UTF-8", async () => {
    const xml = cswwMessage(workerXml("SW1"));
    const bad = Buffer.concat([Buffer.from(xml.slice(0, 400)), Buffer.from([0xff, 0xfe, 0xc0])]);
    expect((await parseChunks([bad])).problems.map((p) => p.rule)).toEqual(["XML_MALFORMED"]);
  });

  it("stops at maxRecords with INPUT_TOO_MANY_RECORDS", async () => {
    const xml = cswwMessage([workerXml("SW1"), workerXml("SW2"), workerXml("SW3")].join("\n"));
    const { records, problems } = await parseText(xml, { maxRecords: 2 });
    expect(records).toHaveLength(2);
    expect(problemKeys(problems)).toEqual([
      `${lineOf(xml, "<CSWWWorker>", 3)} CSWWWorker INPUT_TOO_MANY_RECORDS`,
    ]);
  });
});
