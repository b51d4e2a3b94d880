/**
 * Helpers shared by the SSDA903 parser tests (not used by production code).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ChildLevelRecord } from "../../model.ts";
import { type Problem, ProblemLog } from "../problems.ts";
import { parseSsda903Csv } from "./parse-903-csv.ts";
import { parseSsda903Xml } from "./parse-903-xml.ts";

/** `../shared` beside the project, as every developer and CI run has it. */
export const SAMPLES_DIR = fileURLToPath(
  new URL("../../../../../shared/data/samples/ssda903/", import.meta.url),
);

export function samplePath(relative: string): string {
  return join(SAMPLES_DIR, relative);
}

export function readSample(relative: string): Buffer {
  return readFileSync(samplePath(relative));
}

/**
 * Every data sample: CSV and XML files, not the xlsx workbooks or the validator's
 * `*_rule_info.csv` rule catalogues (metadata, not returns).
 */
export function dataSamples(): string[] {
  const found: string[] = [];
  for (const dir of readdirSync(SAMPLES_DIR, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    for (const name of readdirSync(join(SAMPLES_DIR, dir.name))) {
      if (name.endsWith("_rule_info.csv")) continue;
      if (name.endsWith(".csv") || name.endsWith(".xml")) found.push(`${dir.name}/${name}`);
    }
  }
  return found.sort();
}

/** The bytes as chunks of `size` (1 = byte by byte, the harshest split). */
export async function* inChunks(data: Buffer | string, size: number): AsyncGenerator<Buffer> {
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

/** The bytes split at the given offsets (sorted, deduplicated by the caller or not). */
export async function* splitAt(data: Buffer, cuts: readonly number[]): AsyncGenerator<Buffer> {
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    if (cut <= from || cut >= data.length) continue;
    yield data.subarray(from, cut);
    from = cut;
  }
  yield data.subarray(from);
}

type Input = AsyncIterable<Buffer | string>;
type Extra = { collectionYear?: number | null; maxRows?: number };

export async function runCsv(input: Input, file = "test.csv", extra: Extra = {}) {
  const problems = new ProblemLog();
  const records: ChildLevelRecord[] = [];
  const result = await parseSsda903Csv(input, {
    file,
    problems,
    // SSDA903 parsers only emit child-level records.
    sink: { add: (record) => void records.push(record as ChildLevelRecord) },
    ...extra,
  });
  return { result, records, problems: problems.problems };
}

export async function runXml(input: Input, file = "test.xml", extra: Extra = {}) {
  const problems = new ProblemLog();
  const records: ChildLevelRecord[] = [];
  const result = await parseSsda903Xml(input, {
    file,
    problems,
    // SSDA903 parsers only emit child-level records.
    sink: { add: (record) => void records.push(record as ChildLevelRecord) },
    ...extra,
  });
  return { result, records, problems: problems.problems };
}

/** (row or line, column, rule) triples, the shape tests assert problems in. */
export function where(problems: readonly Problem[]): string[] {
  return problems.map((p) => `${p.row ?? p.line}|${p.column ?? ""}|${p.rule}`);
}

export function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

export async function* once(text: string): AsyncGenerator<string> {
  yield text;
}
