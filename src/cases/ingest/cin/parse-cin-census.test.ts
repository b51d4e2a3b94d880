import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ChildLevelRecord } from "../../model.ts";
import { ProblemLog } from "../problems.ts";
import {
  childXml,
  cinMessage,
  countByType,
  lineOf,
  parseChunks,
  parseText,
  problemKeys,
  referralXml,
  SAMPLES_DIR,
  sampleFiles,
  sortKeys,
  splitBytes,
} from "./cin-test-kit.ts";
import { parseCinCensusXml } from "./parse-cin-census.ts";

const sample = (name: string) => readFileSync(join(SAMPLES_DIR, name));
const STRAY_TEXT = "23 ChildIdentifiers CIN_UNEXPECTED_TEXT";

/** What each shared sample holds, read by hand from the XML. */
const SAMPLE_EXPECTATIONS: Record<string, { counts: Record<string, number>; problems: string[] }> =
  {
    "csc-validator-be-cin/CIN2rows.xml": {
      counts: { child: 1, referral: 1, assessment: 1, cin_plan: 1, section47: 1, cp_plan: 2 },
      // the same plan twice under one referral
      problems: [STRAY_TEXT, "66 CPPstartDate CIN_DUPLICATE_KEY"],
    },
    "csc-validator-be-cin/CIN_Census_2021.xml": {
      counts: { child: 1, referral: 1, assessment: 1, cin_plan: 1, section47: 1, cp_plan: 1 },
      problems: [STRAY_TEXT],
    },
    "csc-validator-be-cin/CIN_Census_2021_copy.xml": {
      counts: { child: 1, referral: 1, assessment: 1, cin_plan: 1, section47: 1, cp_plan: 1 },
      problems: [STRAY_TEXT],
    },
    "csc-validator-be-cin/CIN_Census_2021_no_assessment_factors.xml": {
      counts: { child: 1, referral: 1, assessment: 1, cin_plan: 1, section47: 1, cp_plan: 1 },
      problems: [STRAY_TEXT],
    },
    "csc-validator-be-cin/CIN_Census_2024.xml": {
      counts: { child: 2, referral: 2, assessment: 2, cin_plan: 1, section47: 1, cp_plan: 1 },
      problems: [
        STRAY_TEXT,
        "43 AssessmentAuthorisationDate CIN_END_BEFORE_START",
        "46 AssessmentFactors CIN_UNKNOWN_CODE",
      ],
    },
    "csc-validator-be-cin/CIN_Census_2026.xml": {
      counts: { child: 2, referral: 2, assessment: 2, cin_plan: 1, section47: 1, cp_plan: 1 },
      problems: [
        STRAY_TEXT,
        "43 AssessmentAuthorisationDate CIN_END_BEFORE_START",
        "46 AssessmentFactors CIN_UNKNOWN_CODE",
      ],
    },
    "csc-validator-be-cin/CIN_header_issues_100.xml": {
      counts: { child: 1, referral: 1, assessment: 1, cin_plan: 1, section47: 1, cp_plan: 1 },
      problems: [STRAY_TEXT],
    },
    "csc-validator-be-cin/CIN_la_issues_2887Q.xml": {
      counts: { child: 1, referral: 1, assessment: 1, cin_plan: 1, section47: 1, cp_plan: 1 },
      problems: [STRAY_TEXT],
    },
    "csc-validator-be-cin/fake_CIN_data.xml": {
      counts: { child: 332, referral: 402 },
      problems: [],
    },
    "liia-tools-pipeline/BAR_cin_2022.xml": {
      counts: { child: 1, referral: 1, assessment: 1, cin_plan: 1, section47: 1, cp_plan: 1 },
      problems: [],
    },
  };

describe("shared CIN census samples", () => {
  it("has an expectation for every sample file", () => {
    expect(sampleFiles()).toEqual(Object.keys(SAMPLE_EXPECTATIONS).sort());
  });

  for (const [name, expected] of Object.entries(SAMPLE_EXPECTATIONS)) {
    it(`parses ${name}`, async () => {
      const result = await parseChunks([sample(name)], { file: name });
      expect(countByType(result.records)).toEqual(expected.counts);
      expect(problemKeys(result.problems)).toEqual(expected.problems);
      for (const problem of result.problems) {
        expect(problem).toMatchObject({ file: name, row: null });
        expect(problem.message.length).toBeGreaterThan(20);
      }
    });

    it(`gives identical results for ${name} fed one byte at a time`, async () => {
      const whole = await parseChunks([sample(name)]);
      const bytes = await parseChunks(splitBytes(sample(name), 1));
      expect(bytes).toEqual(whole);
    });
  }

  it("reads the header", async () => {
    const result = await parseChunks([sample("csc-validator-be-cin/CIN_Census_2024.xml")]);
    // Year 2023 with a 2024 reference date is what the sample says; the loader decides.
    expect(result.meta).toEqual({
      collectionYear: 2023,
      referenceDate: "2024-03-31",
      lea: "201",
      childCount: 2,
    });
  });

  it("emits exactly the records of BAR_cin_2022.xml, child first", async () => {
    const { records } = await parseChunks([sample("liia-tools-pipeline/BAR_cin_2022.xml")]);
    const id = "DfEX0000001";
    expect(records).toEqual([
      {
        type: "child",
        record: {
          laChildId: id,
          upn: "A123456789123",
          dateOfBirth: "1966-03-24",
          sex: "1",
          ethnicity: "WBRI",
          disabilities: ["HAND", "HEAR"],
        },
      },
      {
        type: "referral",
        record: {
          laChildId: id,
          referralDate: "1970-10-06",
          source: "1A",
          nfa: false,
          primaryNeed: "N4",
          closureDate: "1971-02-27",
          closureReason: "RC1",
        },
      },
      {
        type: "assessment",
        record: {
          laChildId: id,
          kind: "single",
          startDate: "1970-06-03",
          completionDate: "1971-07-18",
          referralDate: "1970-10-06",
          childSeen: null,
          factors: ["2A", "2B"],
        },
      },
      {
        type: "cin_plan",
        record: { laChildId: id, startDate: "1971-01-24", endDate: "1971-01-26" },
      },
      {
        type: "section47",
        record: {
          laChildId: id,
          startDate: "1970-02-02",
          referralDate: "1970-10-06",
          icpcTargetDate: "1970-06-23",
          // the enquiry's own conference date, not the referral-level 1970-02-06
          icpcDate: "1970-02-11",
          icpcNotRequired: false,
        },
      },
      {
        type: "cp_plan",
        record: {
          laChildId: id,
          startDate: "1970-02-17",
          endDate: "1971-03-14",
          initialCategory: "PHY",
          latestCategory: "PHY",
          previousPlans: 10,
          reviewDates: ["1971-02-15"],
        },
      },
    ]);
  });

  it("gives the problem a path to the element", async () => {
    const { problems } = await parseChunks([sample("csc-validator-be-cin/CIN_Census_2024.xml")]);
    const late = problems.find((p) => p.rule === "CIN_END_BEFORE_START");
    expect(late).toMatchObject({
      path: "/Message/Children/Child[1]/CINdetails[1]/Assessments[1]/AssessmentAuthorisationDate",
      column: "AssessmentAuthorisationDate",
      severity: "warning",
    });
    const code = problems.find((p) => p.rule === "CIN_UNKNOWN_CODE");
    expect(code?.path).toBe(
      "/Message/Children/Child[1]/CINdetails[1]/Assessments[1]/FactorsIdentifiedAtAssessment/AssessmentFactors[2]",
    );
  });
});

describe("schema years", () => {
  it("reads GenderCurrent (to 2024) and Sex (from 2025) into sex", async () => {
    const xml = cinMessage(
      [
        childXml("OLD", [referralXml("2020-01-02")], {
          identifiers: "<GenderCurrent>2</GenderCurrent>",
        }),
        childXml("NEW", [referralXml("2025-01-02")], { identifiers: "<Sex>U</Sex>" }),
        childXml("NONE", [referralXml("2025-01-03")], { identifiers: "" }),
      ].join("\n"),
    );
    const { records, problems } = await parseText(xml);
    const sexes = records.flatMap((r) =>
      r.type === "child" ? [[r.record.laChildId, r.record.sex]] : [],
    );
    expect(sexes).toEqual([
      ["OLD", "2"],
      ["NEW", "U"],
      ["NONE", null],
    ]);
    expect(problemKeys(problems)).toEqual([`${lineOf(xml, "<Child>", 3)} Sex CIN_VALUE_MISSING`]);
  });

  it("reads CINPlanDates and skips elements it does not know", async () => {
    const xml = cinMessage(
      childXml("C1", [
        referralXml("2025-01-02", [
          "<CINPlanDates><CINPlanStartDate>2025-01-10</CINPlanStartDate></CINPlanDates>",
          "<PreProceedingsandFGDM><PPStartDate>not a date</PPStartDate></PreProceedingsandFGDM>",
        ]),
      ]),
    );
    const { records, problems } = await parseText(xml);
    expect(records.at(-1)).toEqual({
      type: "cin_plan",
      record: { laChildId: "C1", startDate: "2025-01-10", endDate: null },
    });
    expect(problems).toEqual([]);
  });

  it("accepts namespace prefixes, CDATA and a byte order mark", async () => {
    const xml = cinMessage(
      childXml("C1", [referralXml("2025-01-02", ["<ReferralSource>1A</ReferralSource>"])]),
    )
      .replace("<Message>", '<c:Message xmlns:c="urn:x">')
      .replace("</Message>", "</c:Message>")
      .replace("<LAchildID>C1</LAchildID>", "<LAchildID><![CDATA[C1]]></LAchildID>");
    const { records, problems } = await parseChunks([Buffer.from(`\ufeff${xml}`)]);
    expect(countByType(records)).toEqual({ child: 1, referral: 1 });
    expect(records[0]?.record.laChildId).toBe("C1");
    expect(problemKeys(problems)).toEqual([
      `${lineOf(xml, "<ReferralSource>", 2)} ReferralSource CIN_DUPLICATE_ELEMENT`,
    ]);
  });
});

describe("booleans", () => {
  const nfaOf = async (spelling: string) => {
    const xml = cinMessage(childXml("C1", [referralXml("2025-01-02", [], spelling)]));
    const { records, problems } = await parseText(xml);
    const referral = records.find((r) => r.type === "referral");
    return {
      nfa: referral?.type === "referral" ? referral.record.nfa : "no referral",
      problems: problems.map((p) => [p.rule, p.severity, p.column]),
    };
  };

  it.each([
    ["1", true],
    ["0", false],
    ["true", true],
    ["FALSE", false],
    [" True\n", true],
    ["fAlSe", false],
  ])("reads %j as %s", async (spelling, expected) => {
    expect(await nfaOf(spelling)).toEqual({ nfa: expected, problems: [] });
  });

  it.each(["yes", "2", "Y", "tru"])(
    "reads %j as not recorded, with a warning",
    async (spelling) => {
      expect(await nfaOf(spelling)).toEqual({
        nfa: null,
        problems: [["CIN_BOOLEAN_UNRECOGNISED", "warning", "ReferralNFA"]],
      });
    },
  );

  it("reports a missing ReferralNFA but keeps the referral", async () => {
    const xml = cinMessage(
      childXml("C1", [
        "<CINreferralDate>2025-01-02</CINreferralDate>\n<ReferralSource>1A</ReferralSource>",
      ]),
    );
    const { records, problems } = await parseText(xml);
    expect(records.find((r) => r.type === "referral")?.record).toMatchObject({ nfa: null });
    expect(problemKeys(problems)).toEqual([
      `${lineOf(xml, "<CINdetails>")} ReferralNFA CIN_VALUE_MISSING`,
    ]);
  });

  it("reads ICPCnotRequired the same way", async () => {
    const s47 = (flag: string, date: string) =>
      `<Section47><S47ActualStartDate>${date}</S47ActualStartDate><ICPCnotRequired>${flag}</ICPCnotRequired></Section47>`;
    const xml = cinMessage(
      childXml("C1", [
        referralXml("2025-01-02", [
          s47("1", "2025-01-03"),
          s47("false", "2025-01-04"),
          s47("n/a", "2025-01-05"),
        ]),
      ]),
    );
    const { records, problems } = await parseText(xml);
    const flags = records.flatMap((r) =>
      r.type === "section47" ? [r.record.icpcNotRequired] : [],
    );
    expect(flags).toEqual([true, false, null]);
    expect(problems.map((p) => p.rule)).toEqual(["CIN_BOOLEAN_UNRECOGNISED"]);
  });
});

describe("dates", () => {
  it("does not load a record whose key date is not a calendar date", async () => {
    const xml = cinMessage(
      childXml("C1", [
        referralXml("2023-02-30", [
          "<Assessments><AssessmentActualStartDate>2024-02-29</AssessmentActualStartDate></Assessments>",
        ]),
        referralXml("2023-02-28", [
          "<Assessments><AssessmentActualStartDate>2023-02-29</AssessmentActualStartDate></Assessments>",
          "<Section47><S47ActualStartDate>03/01/2023</S47ActualStartDate><ICPCnotRequired>0</ICPCnotRequired></Section47>",
          "<ChildProtectionPlans><CPPstartDate>2023-13-01</CPPstartDate></ChildProtectionPlans>",
          "<CINPlanDates><CINPlanStartDate>2023-1-5</CINPlanStartDate></CINPlanDates>",
        ]),
      ]),
    );
    const { records, problems } = await parseText(xml);
    expect(records.map((r) => r.type)).toEqual(["child", "assessment", "referral"]);
    // the assessment keeps its own key; its referral could not be read
    expect(records[1]?.record).toMatchObject({ startDate: "2024-02-29", referralDate: null });
    expect(problemKeys(problems)).toEqual(
      sortKeys([
        `${lineOf(xml, "2023-02-30")} CINreferralDate CIN_DATE_INVALID`,
        `${lineOf(xml, "2023-02-29")} AssessmentActualStartDate CIN_DATE_INVALID`,
        `${lineOf(xml, "03/01/2023")} S47ActualStartDate CIN_DATE_INVALID`,
        `${lineOf(xml, "2023-13-01")} CPPstartDate CIN_DATE_INVALID`,
        `${lineOf(xml, "2023-13-01")} LatestCategoryOfAbuse CIN_VALUE_MISSING`,
        `${lineOf(xml, "2023-13-01")} InitialCategoryOfAbuse CIN_VALUE_MISSING`,
        `${lineOf(xml, "2023-13-01")} NumberOfPreviousCPP CIN_VALUE_MISSING`,
        `${lineOf(xml, "2023-1-5")} CINPlanStartDate CIN_DATE_INVALID`,
      ]),
    );
    expect(
      problems.filter((p) => p.rule === "CIN_DATE_INVALID").every((p) => p.severity === "error"),
    ).toBe(true);
  });

  it("reports a missing key date as CIN_MISSING_MANDATORY", async () => {
    const xml = cinMessage(
      childXml("C1", [
        "<ReferralSource>1A</ReferralSource>\n<ReferralNFA>0</ReferralNFA>",
        referralXml("2025-01-02", ["<Assessments>\n<AssessmentActualStartDate/>\n</Assessments>"]),
      ]),
    );
    const { records, problems } = await parseText(xml);
    expect(countByType(records)).toEqual({ child: 1, referral: 1 });
    expect(problemKeys(problems)).toEqual([
      `${lineOf(xml, "<CINdetails>")} CINreferralDate CIN_MISSING_MANDATORY`,
      `${lineOf(xml, "<Assessments>")} AssessmentActualStartDate CIN_MISSING_MANDATORY`,
    ]);
    expect(problems[0]).toMatchObject({
      severity: "error",
      path: "/Message/Children/Child[1]/CINdetails[1]",
    });
  });

  it("keeps a record with a bad non-key date, without the date, as an error", async () => {
    const xml = cinMessage(
      childXml(
        "C1",
        [
          referralXml("2025-01-02", [
            "<CINclosureDate>2025-02-31</CINclosureDate>",
            "<ChildProtectionPlans><CPPstartDate>2025-01-05</CPPstartDate><CPPendDate>soon</CPPendDate>" +
              "<InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse><LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse>" +
              "<NumberOfPreviousCPP>0</NumberOfPreviousCPP><Reviews><CPPreviewDate>2025-04-01</CPPreviewDate>" +
              "<CPPreviewDate>2025-03-01</CPPreviewDate><CPPreviewDate>2025-04-01</CPPreviewDate>" +
              "<CPPreviewDate>2025-04-31</CPPreviewDate></Reviews></ChildProtectionPlans>",
          ]),
        ],
        { identifiers: "<PersonBirthDate>2010-02-29</PersonBirthDate><Sex>M</Sex>" },
      ),
    );
    const { records, problems } = await parseText(xml);
    expect(records.map((r) => r.record)).toMatchObject([
      { dateOfBirth: null },
      { referralDate: "2025-01-02", closureDate: null },
      {
        startDate: "2025-01-05",
        endDate: null,
        reviewDates: ["2025-03-01", "2025-04-01"],
        previousPlans: 0,
      },
    ]);
    expect(problemKeys(problems)).toEqual(
      sortKeys([
        `${lineOf(xml, "2010-02-29")} PersonBirthDate CIN_DATE_INVALID`,
        `${lineOf(xml, "2025-02-31")} CINclosureDate CIN_DATE_INVALID`,
        `${lineOf(xml, "soon")} CPPendDate CIN_DATE_INVALID`,
        `${lineOf(xml, "2025-04-31")} CPPreviewDate CIN_DATE_INVALID`,
      ]),
    );
    expect(problems.every((p) => p.severity === "error")).toBe(true);
  });

  it("warns, and still loads, when an end comes before its start", async () => {
    const xml = cinMessage(
      childXml("C1", [
        referralXml("2025-03-01", [
          "<CINclosureDate>2025-02-28</CINclosureDate>",
          "<Assessments><AssessmentActualStartDate>2025-03-02</AssessmentActualStartDate>",
          "<AssessmentAuthorisationDate>2025-03-01</AssessmentAuthorisationDate></Assessments>",
          "<CINPlanDates><CINPlanStartDate>2025-03-05</CINPlanStartDate>",
          "<CINPlanEndDate>2025-03-04</CINPlanEndDate></CINPlanDates>",
          "<Section47><S47ActualStartDate>2025-03-03</S47ActualStartDate>",
          "<DateOfInitialCPC>2025-03-02</DateOfInitialCPC><ICPCnotRequired>0</ICPCnotRequired></Section47>",
          "<ChildProtectionPlans><CPPstartDate>2025-03-10</CPPstartDate>",
          "<CPPendDate>2025-03-09</CPPendDate><InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse>",
          "<LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse><NumberOfPreviousCPP>1</NumberOfPreviousCPP>",
          "</ChildProtectionPlans>",
        ]),
      ]),
    );
    const { records, problems } = await parseText(xml);
    expect(countByType(records)).toEqual({
      child: 1,
      referral: 1,
      assessment: 1,
      cin_plan: 1,
      section47: 1,
      cp_plan: 1,
    });
    expect(problemKeys(problems)).toEqual(
      sortKeys([
        `${lineOf(xml, "2025-02-28")} CINclosureDate CIN_END_BEFORE_START`,
        `${lineOf(xml, "<AssessmentAuthorisationDate>")} AssessmentAuthorisationDate CIN_END_BEFORE_START`,
        `${lineOf(xml, "<CINPlanEndDate>")} CINPlanEndDate CIN_END_BEFORE_START`,
        `${lineOf(xml, "<DateOfInitialCPC>")} DateOfInitialCPC CIN_END_BEFORE_START`,
        `${lineOf(xml, "<CPPendDate>")} CPPendDate CIN_END_BEFORE_START`,
      ]),
    );
    expect(problems.every((p) => p.severity === "warning")).toBe(true);
  });
});

describe("codes and identity", () => {
  it("warns about codes outside the code lists and keeps them as supplied", async () => {
    const xml = cinMessage(
      childXml(
        "C1",
        [
          referralXml("2025-01-02", [
            "<PrimaryNeedCode>N10</PrimaryNeedCode>",
            "<ReasonForClosure>RC0</ReasonForClosure>",
            "<ChildProtectionPlans><CPPstartDate>2025-01-05</CPPstartDate>",
            "<InitialCategoryOfAbuse>ABC</InitialCategoryOfAbuse><LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse>",
            "<NumberOfPreviousCPP>two</NumberOfPreviousCPP></ChildProtectionPlans>",
          ]).replace(">1A<", ">11<"),
        ],
        {
          identifiers: "<Sex>X</Sex>",
          characteristics:
            "<Ethnicity>WXYZ</Ethnicity>\n<Disabilities><Disability>MOB</Disability><Disability>EYES</Disability></Disabilities>",
        },
      ),
    );
    const { records, problems } = await parseText(xml);
    expect(records.map((r) => r.record)).toMatchObject([
      { sex: "X", ethnicity: "WXYZ", disabilities: ["MOB", "EYES"] },
      { source: "11", primaryNeed: "N10", closureReason: "RC0" },
      { initialCategory: "ABC", previousPlans: null },
    ]);
    expect(problemKeys(problems)).toEqual(
      sortKeys([
        `${lineOf(xml, "<Sex>")} Sex CIN_UNKNOWN_CODE`,
        `${lineOf(xml, "WXYZ")} Ethnicity CIN_UNKNOWN_CODE`,
        `${lineOf(xml, "EYES")} Disability CIN_UNKNOWN_CODE`,
        `${lineOf(xml, ">11<")} ReferralSource CIN_UNKNOWN_CODE`,
        `${lineOf(xml, "N10")} PrimaryNeedCode CIN_UNKNOWN_CODE`,
        `${lineOf(xml, "RC0")} ReasonForClosure CIN_UNKNOWN_CODE`,
        `${lineOf(xml, "ABC")} InitialCategoryOfAbuse CIN_UNKNOWN_CODE`,
        `${lineOf(xml, "two")} NumberOfPreviousCPP CIN_NUMBER_INVALID`,
      ]),
    );
    expect(problems.find((p) => p.column === "Disability")?.path).toBe(
      "/Message/Children/Child[1]/ChildCharacteristics/Disabilities/Disability[2]",
    );
  });

  it("drops a child without LAchildID with one error", async () => {
    const xml = cinMessage(
      [childXml("A", [referralXml("2025-01-01")]), childXml(" ", [referralXml("2025-01-02")])].join(
        "\n",
      ),
    );
    const { records, problems, meta } = await parseText(xml);
    expect(records.map((r) => r.record.laChildId)).toEqual(["A", "A"]);
    expect(meta.childCount).toBe(2);
    expect(problems).toEqual([
      expect.objectContaining({
        line: lineOf(xml, "<Child>", 2),
        path: "/Message/Children/Child[2]",
        column: "LAchildID",
        rule: "CIN_MISSING_MANDATORY",
        severity: "error",
      }),
    ]);
  });

  it("reports census elements in the wrong place instead of losing them quietly", async () => {
    const xml = cinMessage(
      childXml("A", [referralXml("2025-01-01")], {
        identifiers:
          "<Sex>F</Sex>\n<CINdetails><CINreferralDate>2025-02-01</CINreferralDate></CINdetails>",
      }),
    ).replace(
      "</Children>",
      "</Children>\n<Child><ChildIdentifiers><LAchildID>B</LAchildID></ChildIdentifiers></Child>",
    );
    const { records, problems } = await parseText(xml);
    expect(countByType(records)).toEqual({ child: 1, referral: 1 });
    expect(problems.map((p) => [p.line, p.path, p.rule, p.severity])).toEqual([
      [
        lineOf(xml, "2025-02-01"),
        "/Message/Children/Child[1]/ChildIdentifiers/CINdetails",
        "CIN_ELEMENT_MISPLACED",
        "warning",
      ],
      [lineOf(xml, "<LAchildID>B"), "/Message/Child", "CIN_ELEMENT_MISPLACED", "warning"],
    ]);
  });

  it("numbers repeated elements in paths and reports repeated keys", async () => {
    const xml = cinMessage(
      [
        childXml("A", [referralXml("2025-01-01")]),
        childXml("B", [
          referralXml("2025-01-01"),
          referralXml("2025-02-01"),
          referralXml("2025-01-01"),
        ]),
      ].join("\n"),
    );
    const { records, problems } = await parseText(xml);
    expect(countByType(records)).toEqual({ child: 2, referral: 4 });
    expect(problems).toEqual([
      expect.objectContaining({
        line: lineOf(xml, "2025-01-01", 3),
        path: "/Message/Children/Child[2]/CINdetails[3]/CINreferralDate",
        rule: "CIN_DUPLICATE_KEY",
        severity: "warning",
      }),
    ]);
  });
});

describe("refusing files", () => {
  const fatal = (problems: { rule: string; severity: string }[]) =>
    problems.filter((p) => p.rule.startsWith("XML_") || p.rule.startsWith("INPUT_"));

  it("refuses an external entity (XXE) without reading it", async () => {
    const xml = `<?xml version="1.0"?>\n<!DOCTYPE Message [\n<!ENTITY xxe SYSTEM "file:///etc/passwd">\n]>\n${cinMessage(
      childXml("&xxe;", [referralXml("2025-01-01")]),
    ).replace(/^<\?xml[^\n]*\n/, "")}`;
    const { records, problems } = await parseText(xml);
    expect(records).toEqual([]);
    expect(problems).toEqual([
      expect.objectContaining({ line: 2, rule: "XML_DOCTYPE_FORBIDDEN", severity: "error" }),
    ]);
  });

  it("refuses a billion-laughs file", async () => {
    const entities = ['<!ENTITY lol "lol">'];
    for (let i = 1; i <= 9; i++) {
      entities.push(`<!ENTITY lol${i} "${`&lol${i === 1 ? "" : i - 1};`.repeat(10)}">`);
    }
    const xml = `<!-- <!DOCTYPE in a comment is harmless -->\n<!DOCTYPE lolz [\n${entities.join("\n")}\n]>\n<Message><Children><Child><ChildIdentifiers><LAchildID>&lol9;</LAchildID></ChildIdentifiers></Child></Children></Message>`;
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

  it("reports truncated XML as XML_MALFORMED, keeping the children already complete", async () => {
    const xml = cinMessage(
      [childXml("A", [referralXml("2025-01-01")]), childXml("B", [referralXml("2025-01-02")])].join(
        "\n",
      ),
    );
    const cut = xml.slice(0, xml.indexOf("<ReferralSource>", xml.indexOf("<LAchildID>B")));
    const { records, problems } = await parseText(cut);
    expect(records.map((r) => r.record.laChildId)).toEqual(["A", "A"]);
    expect(fatal(problems)).toEqual([
      expect.objectContaining({
        rule: "XML_MALFORMED",
        severity: "error",
        line: cut.split("\n").length,
      }),
    ]);
  });

  it("reports mismatched tags and undefined entities as XML_MALFORMED with their line", async () => {
    const mismatched = await parseText(cinMessage("<Child>\n<ChildIdentifiers>\n</Child>"));
    expect(mismatched.problems.map((p) => [p.rule, p.line])).toEqual([["XML_MALFORMED", 17]]);
    const entity = await parseText(cinMessage(childXml("&who;", [])));
    expect(entity.problems.map((p) => [p.rule, p.line])).toEqual([["XML_MALFORMED", 17]]);
    const empty = await parseText("");
    expect(empty.problems.map((p) => p.rule)).toEqual(["XML_MALFORMED"]);
  });

  it("refuses bytes that are not UTF-8 and encodings it cannot read", async () => {
    const xml = cinMessage(childXml("C1", [referralXml("2025-01-01")]));
    const bad = Buffer.concat([Buffer.from(xml.slice(0, 400)), Buffer.from([0xff, 0xfe, 0xc0])]);
    expect((await parseChunks([bad])).problems.map((p) => p.rule)).toEqual(["XML_MALFORMED"]);
    const ebcdic = Buffer.from(xml.replace('encoding="UTF-8"', 'encoding="EBCDIC-XYZ"'));
    expect((await parseChunks([ebcdic])).problems.map((p) => p.rule)).toEqual([
      "XML_ENCODING_UNSUPPORTED",
    ]);
  });

  it("reads UTF-16 with a byte order mark and a declared Latin-1 file", async () => {
    const xml = cinMessage(childXml("Zoë", [referralXml("2025-01-01")]));
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, "utf16le")]);
    const latin1 = Buffer.from(xml.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"'), "latin1");
    for (const bytes of [utf16, latin1]) {
      const { records, problems } = await parseChunks(splitBytes(bytes, 3));
      expect(problems).toEqual([]);
      expect(records[0]?.record.laChildId).toBe("Zoë");
    }
  });

  it.each([
    ["a different root", "<Workforce><Header/></Workforce>", 1],
    ["another collection", cinMessage("", { collection: "CLA" }), 5],
    ["no header", "<Message>\n<Children>\n</Children>\n</Message>", 2],
  ])("refuses %s as CIN_NOT_A_CIN_CENSUS", async (_what, xml, line) => {
    const { records, problems } = await parseText(xml);
    expect(records).toEqual([]);
    expect(problems.map((p) => [p.rule, p.line, p.severity])).toEqual([
      ["CIN_NOT_A_CIN_CENSUS", line, "error"],
    ]);
  });

  it("stops at maxRecords without splitting a child", async () => {
    const children = ["A", "B", "C"].map((id) => childXml(id, [referralXml("2025-01-01")]));
    const xml = cinMessage(children.join("\n"));
    const { records, problems, meta } = await parseText(xml, { maxRecords: 5 });
    expect(records.map((r) => r.record.laChildId)).toEqual(["A", "A", "B", "B"]);
    expect(problems.map((p) => [p.rule, p.line, p.path])).toEqual([
      ["INPUT_TOO_MANY_RECORDS", lineOf(xml, "<Child>", 3), "/Message/Children/Child[3]"],
    ]);
    expect(meta.childCount).toBe(3);
    expect((await parseText(xml, { maxRecords: 6 })).problems).toEqual([]);
  });
});

describe("streaming", () => {
  it("gives the same result for any chunking of a synthetic file", async () => {
    const xml = cinMessage(
      [
        childXml("Zoë-1", [referralXml("2025-01-01", ["<ReferralSource>1A</ReferralSource>"])]),
        childXml("😀", [referralXml("2025-01-02", [], "maybe")]),
      ].join("\r\n"),
    );
    const whole = await parseText(xml);
    expect(whole.problems.length).toBe(2);
    for (const size of [1, 2, 3, 7, 64]) {
      expect(await parseChunks(splitBytes(Buffer.from(xml), size))).toEqual(whole);
      const text: string[] = [];
      for (let at = 0; at < xml.length; at += size) text.push(xml.slice(at, at + size));
      expect(await parseChunks(text)).toEqual(whole);
    }
  });

  it("awaits the sink before reading more input, sending each child's records together", async () => {
    const xml = cinMessage(
      ["A", "B", "C"]
        .map((id) => childXml(id, [referralXml("2025-01-01"), referralXml("2025-02-01")]))
        .join("\n"),
    );
    let pending = 0;
    let pulledWhilePending = 0;
    async function* chunks() {
      for (const part of splitBytes(Buffer.from(xml), 50)) {
        if (pending > 0) pulledWhilePending++;
        yield part;
      }
    }
    const received: ChildLevelRecord[] = [];
    await parseCinCensusXml(chunks(), {
      file: "x.xml",
      problems: new ProblemLog(),
      sink: {
        add: async (record) => {
          pending++;
          await new Promise((resolve) => setTimeout(resolve, 1));
          received.push(record as ChildLevelRecord);
          pending--;
        },
      },
    });
    expect(pulledWhilePending).toBe(0);
    expect(received.map((r) => `${r.type}:${r.record.laChildId}`)).toEqual(
      ["A", "B", "C"].flatMap((id) => [`child:${id}`, `referral:${id}`, `referral:${id}`]),
    );
  });

  it("lets a failing sink's error through (it is not a data problem)", async () => {
    const xml = cinMessage(childXml("A", [referralXml("2025-01-01")]));
    async function* input() {
      yield xml;
    }
    const failing = parseCinCensusXml(input(), {
      file: "x.xml",
      problems: new ProblemLog(),
      sink: {
        add: () => {
          throw new Error("database down");
        },
      },
    });
    await expect(failing).rejects.toThrow("database down");
  });
});
