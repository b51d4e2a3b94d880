import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addMonths,
  englandAndWalesCalendar,
  fromDayNumber,
  toDayNumber,
} from "../../calendar/index.ts";
import { parseCinCensusXml } from "../../cases/ingest/cin/parse-cin-census.ts";
import { ProblemLog } from "../../cases/ingest/problems.ts";
import { parseSsda903Csv } from "../../cases/ingest/ssda903/index.ts";
import type { CaseRecord, ReferralRecord } from "../../cases/model.ts";
import { naturalKeyOf, RECORD_TABLES } from "../../cases/record-tables.ts";
import { addMonthsDay } from "./days.ts";
import { type DemoCouncil, generateDemoCouncil } from "./generate.ts";

const dirs: string[] = [];

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "waymark-council-"));
  dirs.push(dir);
  return dir;
}

afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function hashes(council: DemoCouncil): Promise<string[]> {
  const out: string[] = [];
  for (const file of council.files) {
    const hash = createHash("sha256")
      .update(await readFile(file.path))
      .digest("hex");
    out.push(`${file.name} ${hash}`);
  }
  return out;
}

/** Records and problems from one CIN census file, keyed by natural key. */
async function parseCin(path: string) {
  const problems = new ProblemLog();
  const records = new Map<string, CaseRecord>();
  await parseCinCensusXml(createReadStream(path), {
    file: path,
    problems,
    sink: { add: (r) => void records.set(`${r.type}|${naturalKeyOf(r)}`, r) },
  });
  return { problems, records };
}

function csvRows(text: string): string[][] {
  // The generator's canonical values never need quoting, which the header test checks.
  return text
    .trimEnd()
    .split("\n")
    .map((line) => line.split(","));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

describe("generateDemoCouncil: determinism", () => {
  it("writes byte-identical files for the same seed, different ones for another", async () => {
    const options = { seed: 7, scale: 0.3, from: "2011-10-01", to: "2012-06-30" };
    const a = await generateDemoCouncil({ ...options, outDir: await tempDir() });
    const b = await generateDemoCouncil({ ...options, outDir: await tempDir() });
    const c = await generateDemoCouncil({ ...options, seed: 8, outDir: await tempDir() });
    expect(await hashes(a)).toEqual(await hashes(b));
    expect(a.summary).toEqual(b.summary);
    expect(await hashes(c)).not.toEqual(await hashes(a));
    // Two CIN and SSDA903 years overlap the range; one workforce census precedes it.
    expect(a.files.filter((f) => f.format === "cin_census_xml").map((f) => f.name)).toEqual([
      "CIN_Census_2012.xml",
      "CIN_Census_2013.xml",
    ]);
    expect(a.files.find((f) => f.name === "CIN_Census_2013.xml")?.referenceDate).toBe("2012-06-30");
  });

  it("knows nothing after the end of the range", async () => {
    const to = "2012-06-30";
    const council = await generateDemoCouncil({
      seed: 3,
      scale: 0.5,
      from: "2011-10-01",
      to,
      outDir: await tempDir(),
    });
    for (const file of council.files) {
      // Deadlines and expected births are the dates that may lie ahead.
      const text = (await readFile(file.path, "utf8")).replace(
        /<(ExpectedPersonBirthDate|InitialCPCtarget)>[^<]*</g,
        "<",
      );
      const iso = [...text.matchAll(/\d{4}-\d{2}-\d{2}/g)].map((m) => m[0]);
      const dmy = [...text.matchAll(/(\d{2})\/(\d{2})\/(\d{4})/g)].map(
        (m) => `${m[3]}-${m[2]}-${m[1]}`,
      );
      const latest = [...iso, ...dmy].sort().at(-1) ?? "";
      expect(latest <= to, `${file.name}: ${latest}`).toBe(true);
    }
  });
});

describe("generateDemoCouncil: a council at scale 1, April 2009 to March 2013", () => {
  let council: DemoCouncil;
  let dir: string;
  const cin = new Map<number, Awaited<ReturnType<typeof parseCin>>>();

  beforeAll(async () => {
    dir = await tempDir();
    council = await generateDemoCouncil({ seed: 2012, scale: 1, outDir: dir });
    for (const file of council.files) {
      if (file.format === "cin_census_xml")
        cin.set(Number(file.name.slice(11, 15)), await parseCin(file.path));
    }
  });

  it("lists the files in import order", () => {
    const dates = council.files.map((f) => f.referenceDate);
    expect(dates).toEqual([...dates].sort());
    expect(council.files.map((f) => f.name)).toContain("CSWW_2011.xml");
    expect(council.files).toHaveLength(4 + 4 * 6 + 4 + 6);
    expect(council.files.at(-1)?.name).toBe("canonical_allocation.csv");
  });

  it("writes CIN census files the parser reads without a problem", () => {
    expect([...cin.keys()]).toEqual([2010, 2011, 2012, 2013]);
    for (const { problems, records } of cin.values()) {
      expect(problems.errorCount).toBe(0);
      expect(problems.warningCount).toBe(0);
      expect(records.size).toBeGreaterThan(5_000);
    }
  });

  it("writes SSDA903 tables the parser reads without a problem", async () => {
    const tables = council.files.filter((f) => f.format === "ssda903_csv");
    expect(tables).toHaveLength(24);
    for (const file of tables) {
      const problems = new ProblemLog();
      let records = 0;
      const result = await parseSsda903Csv(createReadStream(file.path), {
        file: file.name,
        problems,
        collectionYear: file.collectionYear,
        sink: { add: () => void records++ },
      });
      expect(result.table, file.name).toBe(file.table);
      expect(problems.errorCount, file.name).toBe(0);
      expect(problems.warningCount, file.name).toBe(0);
      expect(records, file.name).toBe(file.rows);
    }
  });

  it("repeats a referral open across 31 March identically, bar its progress", () => {
    const before = cin.get(2012)?.records ?? new Map();
    const after = cin.get(2013)?.records ?? new Map();
    let shared = 0;
    for (const [key, record] of before) {
      const later = after.get(key);
      if (record.type !== "referral" || later?.type !== "referral") continue;
      shared++;
      const { closureDate, closureReason, ...rest } = record.record;
      const { closureDate: laterDate, closureReason: laterReason, ...laterRest } = later.record;
      expect(laterRest).toEqual(rest);
      if (closureDate !== null)
        expect([laterDate, laterReason]).toEqual([closureDate, closureReason]);
    }
    expect(shared).toBeGreaterThan(500);
  });

  it("has about 3,000 referrals a year, police the commonest source, N1 the commonest need", () => {
    const referrals = new Map<string, ReferralRecord>();
    for (const { records } of cin.values()) {
      for (const [key, r] of records) if (r.type === "referral") referrals.set(key, r.record);
    }
    for (const year of [2010, 2011, 2012, 2013]) {
      const inYear = [...referrals.values()].filter(
        (r) => r.referralDate >= `${year - 1}-04-01` && r.referralDate <= `${year}-03-31`,
      );
      expect(inYear.length, String(year)).toBeGreaterThan(2_500);
      expect(inYear.length, String(year)).toBeLessThan(3_600);
      const sources = new Map<string, number>();
      const needs = new Map<string, number>();
      for (const r of inYear) {
        sources.set(r.source ?? "", (sources.get(r.source ?? "") ?? 0) + 1);
        needs.set(r.primaryNeed ?? "", (needs.get(r.primaryNeed ?? "") ?? 0) + 1);
      }
      const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1])[0]?.[0];
      expect(top(sources)).toBe("6");
      expect(top(needs)).toBe("N1");
      const nfa = inYear.filter((r) => r.nfa).length / inYear.length;
      expect(nfa).toBeGreaterThan(0.05);
      expect(nfa).toBeLessThan(0.2);
    }
  });

  it("writes canonical CSVs with record_type and the RECORD_TABLES columns", async () => {
    for (const file of council.files.filter((f) => f.format === "canonical_csv")) {
      const type = file.table as keyof typeof RECORD_TABLES;
      const rows = csvRows(await readFile(file.path, "utf8"));
      expect(rows[0]).toEqual(["record_type", ...RECORD_TABLES[type].columns.map((c) => c.column)]);
      expect(rows.length - 1).toBe(file.rows);
      expect(file.rows).toBeGreaterThan(1_000);
      const width = rows[0]?.length ?? 0;
      const odd = rows.slice(1).filter((row) => row[0] !== type || row.length !== width);
      expect(odd, file.name).toEqual([]);
    }
  });

  it("recruits permanent staff after the notice: the agency share falls", async () => {
    const workers = new Map<string, boolean>();
    const share = async (year: number) => {
      const xml = await readFile(join(dir, `CSWW_${year}.xml`), "utf8");
      let agency = 0;
      let all = 0;
      for (const block of xml.split("<CSWWWorker>").slice(1)) {
        const id = /<SWENo>(\w+)<\/SWENo>/.exec(block)?.[1] ?? "";
        const isAgency = block.includes("<AgencyWorker>1</AgencyWorker>");
        workers.set(id, isAgency);
        if (block.includes("<RoleEndDate>") || block.includes("<OrgRole>3</OrgRole>")) continue;
        all++;
        if (isAgency) agency++;
      }
      return agency / all;
    };
    const census2011 = await share(2011);
    const census2012 = await share(2012);
    await share(2009);
    await share(2010);
    expect(census2011).toBeGreaterThan(0.3);
    expect(census2012).toBeLessThan(census2011 - 0.15);

    // Allocations name workers from the censuses; new cases in early 2013 go to permanent staff far more.
    const allocations = csvRows(
      await readFile(join(dir, "canonical_allocation.csv"), "utf8"),
    ).slice(1);
    const agencyShare = (from: string, to: string) => {
      const held = allocations.filter(
        (a) => a[3] !== "" && (a[4] ?? "") >= from && (a[4] ?? "") <= to,
      );
      return held.filter((a) => workers.get(a[3] ?? "")).length / held.length;
    };
    expect(allocations.filter((a) => a[3] !== "" && !workers.has(a[3] ?? ""))).toEqual([]);
    expect(agencyShare("2013-01-01", "2013-03-31")).toBeLessThan(
      agencyShare("2011-01-01", "2011-12-31"),
    );
  });

  it("completes initial assessments faster after the notice (working days, project calendar)", async () => {
    const calendar = englandAndWalesCalendar();
    const rows = csvRows(await readFile(join(dir, "canonical_assessment.csv"), "utf8")).slice(1);
    const initial = rows.filter((r) => r[2] === "initial" && r[4] !== "");
    const days = (from: string, to: string) =>
      initial
        .filter((r) => (r[4] ?? "") >= from && (r[4] ?? "") <= to)
        .map((r) => calendar.wd(r[5] ?? "", r[4] ?? ""));
    const in2011 = days("2011-01-01", "2011-12-31");
    const afterNotice = days("2012-03-01", "2013-03-31");
    expect(median(afterNotice)).toBeLessThan(median(in2011));
    const within10 = (d: number[]) => d.filter((n) => n <= 10).length / d.length;
    expect(within10(afterNotice)).toBeGreaterThan(within10(in2011) + 0.1);
    // Completions land on working days, bar a few.
    const offDays = initial.filter((r) => !calendar.isWorkingDay(r[4] ?? "")).length;
    expect(offDays / initial.length).toBeLessThan(0.03);
  });

  it("keeps about 200 children looked after", () => {
    for (const year of council.summary.years) {
      expect(year.lookedAfter).toBeGreaterThan(150);
      expect(year.lookedAfter).toBeLessThan(280);
    }
  });
});

describe("addMonthsDay", () => {
  it("agrees with the calendar's addMonths", () => {
    for (let d = toDayNumber("2011-12-25"); d <= toDayNumber("2012-03-05"); d++) {
      for (const months of [-12, -1, 1, 3, 6]) {
        expect(fromDayNumber(addMonthsDay(d, months))).toBe(addMonths(fromDayNumber(d), months));
      }
    }
  });
});
