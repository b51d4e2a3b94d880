/**
 * Writes a fictional unitary council's case-system extracts as real files: a CIN census
 * XML per collection year, the SSDA903 CSV tables per year, a workforce census (CSWW) XML
 * per 30 September, and canonical CSVs for assessments, child in need plans, contacts,
 * early help, visits and allocations. The council is modelled on the committee report
 * and Improvement Notice in ../shared/seeds (see README.md beside this file).
 *
 * Deterministic: the same options write byte-identical files. `scale` N writes N copies
 * of the council into the same files (distinct child and staff ids per copy), generated
 * and written child by child, so memory stays flat at any scale.
 */
import { mkdir } from "node:fs/promises";
import { basename, join } from "node:path";
import { childStories } from "./arrivals.ts";
import { CANONICAL_TYPES, type CanonicalType, CanonicalWriter } from "./canonical-writer.ts";
import { CinCensusWriter } from "./cin-xml-writer.ts";
import { censusDates, collectionYears } from "./collections.ts";
import { writeCsww } from "./csww-writer.ts";
import { type Day, day, isoDate } from "./days.ts";
import { Workforce } from "./people.ts";
import { SSDA903_FILES, type Ssda903File, Ssda903YearWriter } from "./ssda903-writer.ts";
import { SummaryBuilder, type YearSummary } from "./summary.ts";

export interface GenerateDemoCouncilOptions {
  seed: number;
  /** copies of the council (distinct ids); a fraction gives a smaller last copy */
  scale: number;
  outDir: string;
  /** first day of the history, YYYY-MM-DD (default 2009-04-01) */
  from?: string;
  /** last day of the history, YYYY-MM-DD (default 2013-03-31) */
  to?: string;
  /** the three-digit LA number in the returns' headers and UPNs (default 874) */
  laCode?: string;
}

export type GeneratedFormat = "cin_census_xml" | "ssda903_csv" | "csww_xml" | "canonical_csv";

export interface GeneratedFile {
  path: string;
  name: string;
  format: GeneratedFormat;
  /** SSDA903 table or canonical record type; null for the XML returns */
  table: string | null;
  /** the date the file is "as at" (its slot's reference date) */
  referenceDate: string;
  /** SSDA903 files do not name their year: pass this to the importer */
  collectionYear: number | null;
  /** data rows (CSV) or children/workers (XML) */
  rows: number;
  bytes: number;
}

export interface DemoCouncilSummary {
  seed: number;
  scale: number;
  from: string;
  to: string;
  laCode: string;
  children: number;
  years: YearSummary[];
  workforce: { censusDate: string; caseHolders: number; agencyPercent: number }[];
  /** data rows written, by file kind (e.g. `cin_census_xml`, `ssda903_episodes`, `canonical_visit`) */
  rows: Record<string, number>;
}

export interface DemoCouncil {
  /** in the order to import them: by reference date, returns before canonical extracts */
  files: GeneratedFile[];
  summary: DemoCouncilSummary;
}

/** How often (in children) the generator waits for slow file streams to drain. */
const DRAIN_EVERY = 64;

export async function generateDemoCouncil(
  options: GenerateDemoCouncilOptions,
): Promise<DemoCouncil> {
  const fromIso = options.from ?? "2009-04-01";
  const toIso = options.to ?? "2013-03-31";
  const laCode = options.laCode ?? "874";
  const { seed, scale, outDir } = options;
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, not ${seed}`);
  if (!(scale > 0) || scale > 1000)
    throw new RangeError(`scale must be in (0, 1000], not ${scale}`);
  if (!/^\d{3}$/.test(laCode)) throw new RangeError(`laCode must be three digits, not ${laCode}`);
  const from = day(fromIso);
  const to = day(toIso);
  if (to <= from) throw new RangeError(`to (${toIso}) must be after from (${fromIso})`);
  if (fromIso < "2001-01-01" || toIso > "2034-12-31") {
    throw new RangeError("The range must lie within 2001-2034, where bank holidays are known");
  }
  await mkdir(outDir, { recursive: true });

  const years = collectionYears(from, to);
  const census = censusDates(from, to);
  const copies = Math.ceil(scale);
  const factorOf = (copy: number) =>
    copy < Math.floor(scale) ? 1 : scale - Math.floor(scale) || 1;
  const workforces = Array.from(
    { length: copies },
    (_, copy) =>
      new Workforce({ seed, copy, factor: factorOf(copy), from, to, censusDates: census }),
  );

  const cin = years.map(
    (y) => new CinCensusWriter(join(outDir, `CIN_Census_${y.year}.xml`), y, laCode),
  );
  const ssda903 = years.map((y) => {
    const paths = {} as Record<Ssda903File, string>;
    for (const t of SSDA903_FILES) paths[t] = join(outDir, `SSDA903_${y.year}_${t}.csv`);
    return new Ssda903YearWriter(paths, y);
  });
  const canonicalPaths = {} as Record<CanonicalType, string>;
  for (const t of CANONICAL_TYPES) canonicalPaths[t] = join(outDir, `canonical_${t}.csv`);
  const canonical = new CanonicalWriter(canonicalPaths, from);
  const summary = new SummaryBuilder(years);

  const drain = async () => {
    for (const w of cin) await w.file.ready();
    for (const w of ssda903) await w.ready();
    await canonical.ready();
  };

  let written = 0;
  for (let copy = 0; copy < copies; copy++) {
    const workforce = workforces[copy] as Workforce;
    const stories = childStories({
      seed,
      copy,
      factor: factorOf(copy),
      from,
      to,
      laCode,
      years,
      workforce,
    });
    for (const story of stories) {
      for (const w of cin) w.writeChild(story);
      for (const w of ssda903) w.writeChild(story);
      canonical.writeChild(story);
      summary.add(story);
      if (++written % DRAIN_EVERY === 0) await drain();
    }
  }

  const files: (GeneratedFile & { rank: number })[] = [];
  for (const w of cin) {
    await w.close();
    files.push({
      ...describe(w.file.path, "cin_census_xml", null, w.collection.view, w.collection.year),
      rows: w.children,
      bytes: w.file.bytes,
      rank: 0,
    });
  }
  for (const w of ssda903) {
    await w.close();
    SSDA903_FILES.forEach((t, i) => {
      const file = w.files[t];
      files.push({
        ...describe(file.path, "ssda903_csv", t, w.collection.view, w.collection.year),
        rows: file.rows,
        bytes: file.bytes,
        rank: 1 + i,
      });
    });
  }
  await canonical.close();
  CANONICAL_TYPES.forEach((t, i) => {
    const file = canonical.files[t];
    files.push({
      ...describe(file.path, "canonical_csv", t, to, null),
      rows: file.rows,
      bytes: file.bytes,
      rank: 20 + i,
    });
  });
  const workforce: DemoCouncilSummary["workforce"] = [];
  for (let i = 0; i < census.length; i++) {
    const date = census[i] as Day;
    const year = isoDate(date).slice(0, 4);
    const result = await writeCsww(join(outDir, `CSWW_${year}.xml`), date, i, workforces, laCode);
    files.push({
      ...describe(result.path, "csww_xml", null, date, Number(year)),
      rows: result.rows,
      bytes: result.bytes,
      rank: 10,
    });
    workforce.push({
      censusDate: isoDate(date),
      caseHolders: result.inPost,
      agencyPercent: Math.round(result.agencyShare * 1000) / 10,
    });
  }

  files.sort((a, b) =>
    a.referenceDate < b.referenceDate
      ? -1
      : a.referenceDate > b.referenceDate
        ? 1
        : a.rank - b.rank,
  );
  const rows: Record<string, number> = {};
  for (const f of files) {
    const kind =
      f.format === "ssda903_csv"
        ? `ssda903_${f.table}`
        : f.format === "canonical_csv"
          ? `canonical_${f.table}`
          : f.format;
    rows[kind] = (rows[kind] ?? 0) + f.rows;
  }
  return {
    files: files.map(({ rank: _rank, ...file }) => file),
    summary: {
      seed,
      scale,
      from: fromIso,
      to: toIso,
      laCode,
      children: summary.children,
      years: summary.result(),
      workforce,
      rows,
    },
  };
}

function describe(
  path: string,
  format: GeneratedFormat,
  table: string | null,
  referenceDate: Day,
  collectionYear: number | null,
): Omit<GeneratedFile, "rows" | "bytes"> {
  return {
    path,
    name: basename(path),
    format,
    table,
    referenceDate: isoDate(referenceDate),
    collectionYear: format === "ssda903_csv" ? collectionYear : null,
  };
}
