/**
 * Importing extracts through the loader on PGlite (or PostgreSQL in the server pass):
 * samples load or are refused with the right rule, a rejected file changes nothing, the
 * same file twice changes nothing, overlapping census years count each referral once, and
 * a later file for the same year replaces that year's records.
 */
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importFile } from "../../src/cases/ingest/import-file.ts";
import { systemContext } from "../../src/platform/http/context.ts";
import { createTestApp, type TestApp } from "../support/test-app.ts";

const SAMPLES = "/work/shared/data/samples".replace("/work/shared", `${process.cwd()}/../shared`);
const dir = mkdtempSync(join(tmpdir(), "waymark-import-test-"));
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ seed: false });
});
afterAll(async () => {
  await t.close();
});

const load = (path: string, collectionYear?: number) =>
  importFile(
    systemContext(new Date("2012-04-02T09:00:00Z")),
    t.database,
    path,
    collectionYear ? { collectionYear } : {},
  );

async function currentCounts() {
  const result = await t.database.db.execute(sql`
    SELECT (SELECT count(*) FROM current_referrals)::int AS referrals, (SELECT count(*) FROM current_children)::int AS children,
           (SELECT count(*) FROM current_lac_episodes)::int AS episodes, (SELECT count(*) FROM current_assessments)::int AS assessments`);
  return result.rows[0] as {
    referrals: number;
    children: number;
    episodes: number;
    assessments: number;
  };
}

interface Referral {
  child: string;
  date: string;
  closure?: string;
  nfa?: string;
  assessmentStart?: string;
  assessmentEnd?: string;
}

function cinCensus(referenceDate: string, referrals: Referral[]): string {
  const byChild = new Map<string, Referral[]>();
  for (const r of referrals) byChild.set(r.child, [...(byChild.get(r.child) ?? []), r]);
  const children = [...byChild.entries()].map(
    ([
      child,
      list,
    ]) => `<Child><ChildIdentifiers><LAchildID>${child}</LAchildID><PersonBirthDate>2005-05-05</PersonBirthDate><Sex>1</Sex></ChildIdentifiers>
      <ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>
      ${list
        .map(
          (
            r,
          ) => `<CINdetails><CINreferralDate>${r.date}</CINreferralDate><ReferralSource>1A</ReferralSource><PrimaryNeedCode>N4</PrimaryNeedCode>
        ${r.closure ? `<CINclosureDate>${r.closure}</CINclosureDate><ReasonForClosure>RC1</ReasonForClosure>` : ""}<ReferralNFA>${r.nfa ?? "0"}</ReferralNFA>
        ${r.assessmentStart ? `<Assessments><AssessmentActualStartDate>${r.assessmentStart}</AssessmentActualStartDate>${r.assessmentEnd ? `<AssessmentAuthorisationDate>${r.assessmentEnd}</AssessmentAuthorisationDate>` : ""}</Assessments>` : ""}
      </CINdetails>`,
        )
        .join("")}</Child>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<Message><Header><CollectionDetails><Collection>CIN</Collection><Year>${referenceDate.slice(0, 4)}</Year><ReferenceDate>${referenceDate}</ReferenceDate></CollectionDetails>
<Source><SourceLevel>L</SourceLevel><LEA>874</LEA><SoftwareCode>Test</SoftwareCode><Release>1</Release><SerialNo>1</SerialNo><DateTime>2012-04-01T00:00:00</DateTime></Source></Header>
<Children>${children.join("\n")}</Children></Message>`;
}

function writeFile(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe("samples from the peer tools", () => {
  it("loads every CIN census sample, and refuses a schema file as unrecognised", async () => {
    const files = readdirSync(join(SAMPLES, "cin/csc-validator-be-cin")).filter((f) =>
      f.endsWith(".xml"),
    );
    for (const file of files) {
      const result = await load(join(SAMPLES, "cin/csc-validator-be-cin", file));
      expect(
        ["loaded", "unchanged"],
        `${file}: ${result.message} ${JSON.stringify(result.problems.slice(0, 3))}`,
      ).toContain(result.status);
    }
    const xsd = await load(join(SAMPLES, "cin/xsd/CIN_schema_2024.xsd"));
    expect(xsd.status).toBe("rejected");
    expect(xsd.problems.map((p) => [p.line, p.column, p.rule])).toEqual([
      [1, null, "FORMAT_UNRECOGNISED"],
    ]);
  });

  it("loads the SSDA903 CSV tables and XML", async () => {
    for (const file of [
      "header.csv",
      "episodes.csv",
      "reviews.csv",
      "missing.csv",
      "oc2.csv",
      "oc3.csv",
      "fake_903.xml",
    ]) {
      const result = await load(join(SAMPLES, "ssda903/csc-validator-be-903", file), 2024);
      expect(
        result.status,
        `${file}: ${result.message} ${JSON.stringify(result.problems.filter((p) => p.severity === "error").slice(0, 3))}`,
      ).toBe("loaded");
    }
    expect((await currentCounts()).episodes).toBeGreaterThan(5000);
    const oc2 = await load(join(SAMPLES, "ssda903/csc-validator-be-903/oc2.csv"));
    expect(
      oc2.status === "unchanged" ||
        oc2.problems.map((p) => p.rule).includes("IMPORT_NO_REFERENCE_DATE"),
    ).toBe(true);
  });
});

describe("Ofsted Annex A workbooks", () => {
  it("loads the 2019 and 2024 templates, and rejects example B naming the sheet, row, column and rule", async () => {
    for (const file of ["liia-tools/Annex_A.xlsx", "liia-tools-pipeline/Annex_A_2024_Jan.xlsx"]) {
      const result = await load(join(SAMPLES, "annex_a", file));
      expect(["loaded", "unchanged"], `${file}: ${result.message}`).toContain(result.status);
    }
    const b = await load(join(SAMPLES, "annex_a/cscdp/example-B-2004.xlsx"));
    expect(b.status).toBe("rejected");
    const errors = b.problems
      .filter((p) => p.severity === "error")
      .map((p) => [p.row, p.column, p.rule]);
    expect(errors).toEqual([[10, "List_2!Date of Birth", "ANNEXA_DATE_INVALID"]]);
  });

  it("refuses a file that only pretends to be a workbook", async () => {
    const fake = writeFile("fake.xlsx", "PK\u0003\u0004 this is not a zip");
    const result = await load(fake);
    expect(result.problems.map((p) => p.rule)).toEqual(["XLSX_MALFORMED"]);
  });
});

describe("all-or-nothing", () => {
  it("leaves every table exactly as it was when a file is rejected, naming the line, field and rule", async () => {
    const before = await currentCounts();
    const broken = writeFile(
      "broken.xml",
      cinCensus("2012-03-31", [
        { child: "B1", date: "2011-06-01" },
        { child: "B2", date: "2011-02-30" },
      ]),
    );
    const result = await load(broken);
    expect(result.status).toBe("rejected");
    const errors = result.problems
      .filter((p) => p.severity === "error")
      .map((p) => [p.column, p.rule]);
    expect(errors).toEqual([["CINreferralDate", "CIN_DATE_INVALID"]]);
    expect(result.problems.find((p) => p.severity === "error")?.line).toBeGreaterThan(1);
    expect(await currentCounts()).toEqual(before);
    const run = await t.database.db.execute(
      sql`SELECT status, error_count AS "errorCount" FROM import_runs WHERE id = ${result.runId}`,
    );
    expect(run.rows[0]).toEqual({ status: "rejected", errorCount: 1 });
  });

  it("refuses a DOCTYPE (XXE) file without loading anything", async () => {
    const before = await currentCounts();
    const hostile = writeFile(
      "xxe.xml",
      `<?xml version="1.0"?><!DOCTYPE Message [<!ENTITY x SYSTEM "file:///etc/passwd">]><Message>&x;</Message>`,
    );
    const result = await load(hostile);
    expect(result.status).toBe("rejected");
    expect(result.problems.map((p) => p.rule)).toContain("XML_DOCTYPE_FORBIDDEN");
    expect(await currentCounts()).toEqual(before);
  });
});

describe("merging extracts", () => {
  it("counts a referral open across 31 March once, keeps the later copy, and a re-import is a no-op", async () => {
    const y2011 = writeFile(
      "cin-2011.xml",
      cinCensus("2011-03-31", [
        { child: "M1", date: "2010-11-01" },
        { child: "M2", date: "2011-01-10", assessmentStart: "2011-01-12" },
      ]),
    );
    const y2012 = writeFile(
      "cin-2012.xml",
      cinCensus("2012-03-31", [
        {
          child: "M2",
          date: "2011-01-10",
          closure: "2011-09-30",
          assessmentStart: "2011-01-12",
          assessmentEnd: "2011-03-20",
        },
        { child: "M3", date: "2011-10-03" },
      ]),
    );
    // The order on the command line does not matter: reference dates decide.
    expect((await load(y2012)).status).toBe("loaded");
    expect((await load(y2011)).status).toBe("loaded");
    const rows = await t.database.db.execute(sql`
      SELECT la_child_id AS child, referral_date AS date, closure_date AS closure FROM current_referrals WHERE la_child_id LIKE 'M%' ORDER BY 1`);
    expect(rows.rows).toEqual([
      { child: "M1", date: "2010-11-01", closure: null },
      { child: "M2", date: "2011-01-10", closure: "2011-09-30" },
      { child: "M3", date: "2011-10-03", closure: null },
    ]);
    const assessment = await t.database.db.execute(
      sql`SELECT completion_date AS done FROM current_assessments WHERE la_child_id = 'M2'`,
    );
    expect(assessment.rows).toEqual([{ done: "2011-03-20" }]);

    const before = await currentCounts();
    const again = await load(y2012);
    expect(again.status).toBe("unchanged");
    expect(await currentCounts()).toEqual(before);
  });

  it("replaces a year's records with a corrected file for that year, including records it dropped", async () => {
    const corrected = writeFile(
      "cin-2012-corrected.xml",
      cinCensus("2012-03-31", [
        {
          child: "M2",
          date: "2011-01-10",
          closure: "2011-10-31",
          assessmentStart: "2011-01-12",
          assessmentEnd: "2011-03-20",
        },
      ]),
    );
    expect((await load(corrected)).status).toBe("loaded");
    const rows = await t.database.db.execute(sql`
      SELECT la_child_id AS child, closure_date AS closure FROM current_referrals WHERE la_child_id LIKE 'M%' ORDER BY 1`);
    // M3 was only in the 2012 file and is gone; M1 (2011 file) stays; M2 takes the corrected closure.
    expect(rows.rows).toEqual([
      { child: "M1", closure: null },
      { child: "M2", closure: "2011-10-31" },
    ]);
  });
});
