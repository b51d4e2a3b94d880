/**
 * Benchmarks the Board reads next to a figure: the England value, the mean of the
 * council's statistical neighbours, and its quartile band among all councils (A best),
 * plus a strict loader for the two published CSV shapes in /shared/data/benchmarks.
 *
 * Published figures get revised between releases, so a value is identified by
 * (indicator, year, area, source) and two sources for one figure are both kept: a lookup
 * that would have to pick between them says so instead of choosing silently.
 */
import { parse } from "csv-parse/sync";
import { getDefinition, type IndicatorId, isIndicatorId } from "../indicators/definitions.ts";
import type { Polarity } from "./rag.ts";

export const ENGLAND_AREA_CODE = "E92000001";

export interface PublishedValue {
  indicatorId: IndicatorId;
  /** financial year as DfE labels it: "2023-24" */
  year: string;
  /** ONS (GSS) code: E92000001 for England, E06000031 for Peterborough */
  areaCode: string;
  areaName: string;
  /** null when the release shows a marker instead of a figure (see `marker`) */
  value: number | null;
  /** DfE's symbol for a missing figure: c (suppressed), x (not available), z (not applicable), .. */
  marker: string | null;
  source: string;
  /** line in the file (the header is line 1) */
  line: number;
}

export interface NeighbourRow {
  /** DfE's three-digit local authority code (874 Peterborough), not an ONS code */
  laCode: string;
  laName: string;
  neighbourCode: string;
  neighbourName: string;
  closeness: string;
  listVersion: string;
  line: number;
}

export type BenchmarksFile =
  | { kind: "published_values"; rows: PublishedValue[] }
  | { kind: "statistical_neighbours"; rows: NeighbourRow[] };

export type BenchmarkCsvErrorCode =
  | "BENCH_EMPTY"
  | "BENCH_CSV_MALFORMED"
  | "BENCH_HEADER_UNKNOWN"
  | "BENCH_COLUMN_COUNT"
  | "BENCH_FIELD_MISSING"
  | "BENCH_INDICATOR_UNKNOWN"
  | "BENCH_YEAR_INVALID"
  | "BENCH_AREA_CODE_INVALID"
  | "BENCH_VALUE_INVALID"
  | "BENCH_VALUE_OUT_OF_RANGE"
  | "BENCH_LA_CODE_INVALID"
  | "BENCH_SELF_NEIGHBOUR"
  | "BENCH_DUPLICATE";

export interface BenchmarkCsvError {
  code: BenchmarkCsvErrorCode;
  /** file line (header = 1), or null for the file as a whole */
  line: number | null;
  column: string | null;
  message: string;
}

/** All problems, or the rows: a file with any error is not used at all. */
export type BenchmarksParseResult =
  | { ok: true; file: BenchmarksFile }
  | { ok: false; errors: BenchmarkCsvError[] };

const PUBLISHED_HEADER = ["indicator_id", "year", "area_code", "area_name", "value", "source"];
const NEIGHBOUR_HEADER = [
  "la_code",
  "la_name",
  "neighbour_code",
  "neighbour_name",
  "closeness",
  "list_version",
];
const MARKERS = new Set(["c", "x", "z", ".."]);

/** Stops a mis-chosen file (a whole extract) from being held in memory as errors. */
const MAX_ERRORS = 1000;

type Fields = Record<string, string>;

export function parseBenchmarksCsv(text: string): BenchmarksParseResult {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // With `info: true` each record comes as { record, info }; csv-parse's types do not
    // model that option, hence the cast.
    records = parse(text, {
      bom: true,
      info: true,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }) as unknown as typeof records;
  } catch (error) {
    const e = error as { message?: string; lines?: number };
    return fail({
      code: "BENCH_CSV_MALFORMED",
      line: typeof e.lines === "number" ? e.lines : null,
      column: null,
      message: `Not readable as CSV: ${e.message ?? String(error)}`,
    });
  }

  const [header, ...data] = records;
  if (header === undefined) {
    return fail({ code: "BENCH_EMPTY", line: null, column: null, message: "The file is empty" });
  }
  const names = header.record.join(",");
  const kind =
    names === PUBLISHED_HEADER.join(",")
      ? "published_values"
      : names === NEIGHBOUR_HEADER.join(",")
        ? "statistical_neighbours"
        : null;
  if (kind === null) {
    return fail({
      code: "BENCH_HEADER_UNKNOWN",
      line: header.info.lines,
      column: null,
      message: `Unrecognised header "${names}"; expected "${PUBLISHED_HEADER.join(",")}" or "${NEIGHBOUR_HEADER.join(",")}"`,
    });
  }

  const columns = kind === "published_values" ? PUBLISHED_HEADER : NEIGHBOUR_HEADER;
  const errors: BenchmarkCsvError[] = [];
  const rows: { fields: Fields; line: number }[] = [];
  for (const { record, info } of data) {
    if (record.length !== columns.length) {
      errors.push({
        code: "BENCH_COLUMN_COUNT",
        line: info.lines,
        column: null,
        message: `${record.length} fields; the header has ${columns.length}`,
      });
      continue;
    }
    rows.push({
      fields: Object.fromEntries(columns.map((c, i) => [c, record[i] ?? ""])),
      line: info.lines,
    });
  }

  if (kind === "published_values") {
    const parsed = rows.map((r) => readPublished(r.fields, r.line, errors));
    checkDuplicates(parsed, (v) => [v.indicatorId, v.year, v.areaCode, v.source], errors);
    return done(errors, { kind, rows: parsed.filter((v) => v !== null) });
  }
  const parsed = rows.map((r) => readNeighbour(r.fields, r.line, errors));
  checkDuplicates(parsed, (v) => [v.laCode, v.neighbourCode, v.listVersion], errors);
  return done(errors, { kind, rows: parsed.filter((v) => v !== null) });
}

function fail(error: BenchmarkCsvError): BenchmarksParseResult {
  return { ok: false, errors: [error] };
}

function done(errors: BenchmarkCsvError[], file: BenchmarksFile): BenchmarksParseResult {
  if (errors.length === 0) return { ok: true, file };
  errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { ok: false, errors: errors.slice(0, MAX_ERRORS) };
}

/** Returns a non-empty field, or records BENCH_FIELD_MISSING and returns null. */
function required(fields: Fields, column: string, line: number, errors: BenchmarkCsvError[]) {
  const value = fields[column] ?? "";
  if (value !== "") return value;
  errors.push({ code: "BENCH_FIELD_MISSING", line, column, message: `${column} is empty` });
  return null;
}

function readPublished(
  fields: Fields,
  line: number,
  errors: BenchmarkCsvError[],
): PublishedValue | null {
  const before = errors.length;
  const err = (code: BenchmarkCsvErrorCode, column: string, message: string) =>
    errors.push({ code, line, column, message });

  const id = required(fields, "indicator_id", line, errors);
  if (id !== null && !isIndicatorId(id))
    err("BENCH_INDICATOR_UNKNOWN", "indicator_id", `Unknown indicator: ${id}`);

  const year = required(fields, "year", line, errors);
  const ym = year === null ? null : /^(\d{4})-(\d{2})$/.exec(year);
  if (year !== null && (ym === null || (Number(ym[1]) + 1) % 100 !== Number(ym[2]))) {
    err("BENCH_YEAR_INVALID", "year", `Not a financial year like 2023-24: ${year}`);
  }

  const areaCode = required(fields, "area_code", line, errors);
  if (areaCode !== null && !/^E\d{8}$/.test(areaCode)) {
    err(
      "BENCH_AREA_CODE_INVALID",
      "area_code",
      `Not an English ONS area code like E06000031: ${areaCode}`,
    );
  }
  const areaName = required(fields, "area_name", line, errors);
  const source = required(fields, "source", line, errors);

  const raw = required(fields, "value", line, errors);
  let value: number | null = null;
  let marker: string | null = null;
  if (raw !== null && MARKERS.has(raw.toLowerCase())) {
    marker = raw.toLowerCase();
  } else if (raw !== null && !/^\d+(\.\d+)?$/.test(raw)) {
    err("BENCH_VALUE_INVALID", "value", `Not a number or a DfE marker (c, x, z, ..): ${raw}`);
  } else if (raw !== null) {
    value = Number(raw);
    if (id !== null && isIndicatorId(id)) {
      const { kind } = getDefinition(id);
      if (kind === "percent" && value > 100) {
        err("BENCH_VALUE_OUT_OF_RANGE", "value", `A percentage above 100: ${raw}`);
      }
      if (kind === "count" && !Number.isInteger(value)) {
        err("BENCH_VALUE_OUT_OF_RANGE", "value", `A count with decimals: ${raw}`);
      }
    }
  }

  if (errors.length > before || id === null || !isIndicatorId(id) || year === null) return null;
  if (areaCode === null || areaName === null || source === null) return null;
  return { indicatorId: id, year, areaCode, areaName, value, marker, source, line };
}

function readNeighbour(
  fields: Fields,
  line: number,
  errors: BenchmarkCsvError[],
): NeighbourRow | null {
  const before = errors.length;
  const code = (column: string) => {
    const v = required(fields, column, line, errors);
    if (v !== null && !/^\d{3}$/.test(v)) {
      errors.push({
        code: "BENCH_LA_CODE_INVALID",
        line,
        column,
        message: `Not a three-digit DfE local authority code: ${v}`,
      });
    }
    return v;
  };
  const laCode = code("la_code");
  const neighbourCode = code("neighbour_code");
  const laName = required(fields, "la_name", line, errors);
  const neighbourName = required(fields, "neighbour_name", line, errors);
  const closeness = required(fields, "closeness", line, errors);
  const listVersion = required(fields, "list_version", line, errors);
  if (laCode !== null && laCode === neighbourCode) {
    errors.push({
      code: "BENCH_SELF_NEIGHBOUR",
      line,
      column: "neighbour_code",
      message: `${laCode} is listed as its own neighbour`,
    });
  }
  if (errors.length > before || laCode === null || neighbourCode === null) return null;
  if (laName === null || neighbourName === null || closeness === null || listVersion === null)
    return null;
  return { laCode, laName, neighbourCode, neighbourName, closeness, listVersion, line };
}

function checkDuplicates<T extends { line: number }>(
  rows: readonly (T | null)[],
  keyOf: (row: T) => string[],
  errors: BenchmarkCsvError[],
): void {
  const seen = new Map<string, number>();
  for (const row of rows) {
    if (row === null) continue;
    const key = JSON.stringify(keyOf(row));
    const first = seen.get(key);
    if (first === undefined) seen.set(key, row.line);
    else {
      errors.push({
        code: "BENCH_DUPLICATE",
        line: row.line,
        column: null,
        message: `Same ${keyOf(row).join(" / ")} as line ${first}`,
      });
    }
  }
}

/** A lookup that would have to choose between revisions of one figure. */
export class BenchmarkLookupError extends Error {
  readonly code: "BENCH_AMBIGUOUS";

  constructor(message: string) {
    super(message);
    this.code = "BENCH_AMBIGUOUS";
  }
}

/**
 * The published value for an area, indicator and year; null if none. When the data holds
 * the figure from more than one source (a revision), `source` must say which.
 */
export function publishedValue(
  rows: readonly PublishedValue[],
  key: { indicatorId: IndicatorId; year: string; areaCode: string; source?: string },
): PublishedValue | null {
  const matches = rows.filter(
    (r) =>
      r.indicatorId === key.indicatorId &&
      r.year === key.year &&
      r.areaCode === key.areaCode &&
      (key.source === undefined || r.source === key.source),
  );
  if (matches.length > 1) {
    throw new BenchmarkLookupError(
      `${key.indicatorId} ${key.year} ${key.areaCode} is published by ${matches.length} sources; name one: ${matches.map((m) => m.source).join("; ")}`,
    );
  }
  return matches[0] ?? null;
}

export function englandValue(
  rows: readonly PublishedValue[],
  indicatorId: IndicatorId,
  year: string,
  source?: string,
): PublishedValue | null {
  return publishedValue(rows, {
    indicatorId,
    year,
    areaCode: ENGLAND_AREA_CODE,
    ...(source === undefined ? {} : { source }),
  });
}

/** A council's neighbours from one list; `listVersion` is required when there are several. */
export function neighboursOf(
  rows: readonly NeighbourRow[],
  laCode: string,
  listVersion?: string,
): NeighbourRow[] {
  const own = rows.filter((r) => r.laCode === laCode);
  const versions = [...new Set(own.map((r) => r.listVersion))];
  if (listVersion === undefined && versions.length > 1) {
    throw new BenchmarkLookupError(
      `${laCode} has ${versions.length} neighbour lists; name one: ${versions.join("; ")}`,
    );
  }
  return own.filter((r) => listVersion === undefined || r.listVersion === listVersion);
}

export interface NeighbourMean {
  /** unweighted mean of the neighbours with a value; null if none has one */
  mean: number | null;
  used: string[];
  missing: string[];
}

/**
 * The statistical-neighbour mean as DfE shows it: every neighbour counts once, whatever
 * its size, and a neighbour without a figure is dropped (not counted as 0). `values` is
 * keyed by the same codes as the neighbour list.
 */
export function statisticalNeighbourMean(
  neighbourCodes: readonly string[],
  values: ReadonlyMap<string, number | null>,
): NeighbourMean {
  const used: string[] = [];
  const missing: string[] = [];
  let sum = 0;
  for (const code of neighbourCodes) {
    const v = values.get(code);
    if (v === undefined || v === null || !Number.isFinite(v)) missing.push(code);
    else {
      used.push(code);
      sum += v;
    }
  }
  return { mean: used.length === 0 ? null : sum / used.length, used, missing };
}

export type QuartileBand = "A" | "B" | "C" | "D";

export interface Banding {
  band: QuartileBand;
  /** 1 = best; tied values share the best rank among them */
  rank: number;
  of: number;
}

/**
 * The quartile band of `value` among all councils' values, A the best quarter for the
 * polarity, as LAIT shows it: councils are ranked best first (ties share a rank), and the
 * ranks are cut into quarters: A is rank <= n/4, B <= n/2, C <= 3n/4, D the rest. With 152
 * councils that is ranks 1-38, 39-76, 77-114, 115-152. If `value` is not among
 * `allValues` it is ranked as one more council. Null for polarity none (no best) or no value.
 */
export function quartileBand(
  value: number | null,
  allValues: readonly (number | null)[],
  polarity: Polarity,
): Banding | null {
  if (value === null || polarity === "none") return null;
  const values = allValues.filter((v): v is number => v !== null && Number.isFinite(v));
  const better = values.filter((v) => (polarity === "high" ? v > value : v < value)).length;
  const of = values.length + (values.includes(value) ? 0 : 1);
  const rank = better + 1;
  const band: QuartileBand =
    rank * 4 <= of ? "A" : rank * 2 <= of ? "B" : rank * 4 <= 3 * of ? "C" : "D";
  return { band, rank, of };
}
