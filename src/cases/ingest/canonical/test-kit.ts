/**
 * Helpers shared by the canonical CSV tests (not used by production code).
 */
import type { CaseRecord } from "../../model.ts";
import { type Problem, ProblemLog } from "../problems.ts";
import { parseCanonicalCsv } from "./parse-canonical-csv.ts";

type Input = AsyncIterable<Buffer | string>;

/** Parses into memory: the result, the records in order and every problem. */
export async function runCanonical(input: Input, file = "test.csv", maxRows?: number) {
  const problems = new ProblemLog();
  const records: CaseRecord[] = [];
  const result = await parseCanonicalCsv(input, {
    file,
    problems,
    sink: { add: (record) => void records.push(record) },
    ...(maxRows === undefined ? {} : { maxRows }),
  });
  return { result, records, problems: problems.problems };
}

/** (row, column, rule) triples, the shape tests assert problems in. */
export function where(problems: readonly Problem[]): string[] {
  return problems.map((p) => `${p.row}|${p.column ?? ""}|${p.rule}`);
}

/** The text as chunks of `size` bytes (1 = byte by byte, splitting every character). */
export async function* inChunks(data: Buffer | string, size: number): AsyncGenerator<Buffer> {
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

/** The bytes split at the given offsets (any order; out-of-range and repeats ignored). */
export async function* splitAt(data: Buffer, cuts: readonly number[]): AsyncGenerator<Buffer> {
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    if (cut <= from || cut >= data.length) continue;
    yield data.subarray(from, cut);
    from = cut;
  }
  yield data.subarray(from);
}

export async function* once(text: string): AsyncGenerator<string> {
  yield text;
}

/** Lines joined into a file with a final line end. */
export const csv = (...lines: string[]) => `${lines.join("\n")}\n`;
