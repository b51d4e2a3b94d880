/** Helpers shared by the XML census parser tests (not used by the importer itself). */
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { CaseRecord } from "../../model.ts";
import { type Problem, ProblemLog } from "../problems.ts";
import type { ParseXmlOptions } from "./stream-xml.ts";

/** One format's folder of the shared samples, which sit beside the checkout (`../shared`). */
function samplesDir(format: string): string {
  return fileURLToPath(new URL(`../../../../../shared/data/samples/${format}/`, import.meta.url));
}

/** Every XML file under `dir`, relative to it, leaving out the schemas. */
function xmlFilesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".xml"))
    .sort();
}

export interface XmlParseResult<TMeta, TRecord extends CaseRecord> {
  meta: TMeta;
  records: TRecord[];
  problems: Problem[];
}

export type XmlParser<TMeta> = (
  input: AsyncIterable<Buffer | string>,
  options: ParseXmlOptions,
) => Promise<TMeta>;

export type Chunks = Iterable<Buffer | string> | AsyncIterable<Buffer | string>;

export interface XmlTestKit<TMeta, TRecord extends CaseRecord> {
  /** The format's sample folder. */
  SAMPLES_DIR: string;
  /** Every sample file, relative to SAMPLES_DIR, leaving out the schemas. */
  sampleFiles(): string[];
  /** Runs the parser over `chunks`, collecting what it emits. */
  parseChunks(
    chunks: Chunks,
    options?: { maxRecords?: number; file?: string },
  ): Promise<XmlParseResult<TMeta, TRecord>>;
  parseText(
    xml: string,
    options?: { maxRecords?: number },
  ): Promise<XmlParseResult<TMeta, TRecord>>;
}

/**
 * The test kit for one format: `format` names its sample folder, `parse` is its parser and
 * `TRecord` the records it emits.
 */
export function xmlTestKit<TMeta, TRecord extends CaseRecord>(
  format: string,
  parse: XmlParser<TMeta>,
): XmlTestKit<TMeta, TRecord> {
  const dir = samplesDir(format);
  const parseChunks: XmlTestKit<TMeta, TRecord>["parseChunks"] = async (chunks, options = {}) => {
    const records: TRecord[] = [];
    const log = new ProblemLog();
    const meta = await parse(toAsync(chunks), {
      file: options.file ?? "test.xml",
      problems: log,
      sink: { add: (record) => void records.push(record as TRecord) },
      ...(options.maxRecords === undefined ? {} : { maxRecords: options.maxRecords }),
    });
    return { meta, records, problems: log.problems };
  };
  return {
    SAMPLES_DIR: dir,
    sampleFiles: () => xmlFilesUnder(dir),
    parseChunks,
    parseText: (xml, options = {}) => parseChunks([xml], options),
  };
}

async function* toAsync<T>(items: Iterable<T> | AsyncIterable<T>): AsyncGenerator<T> {
  yield* items;
}

export function splitBytes(bytes: Buffer, size: number): Buffer[] {
  const parts: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += size) parts.push(bytes.subarray(at, at + size));
  return parts;
}

/** 1-based line of the first occurrence of `needle` (or of its `nth` occurrence). */
export function lineOf(xml: string, needle: string, nth = 1): number {
  let at = -1;
  for (let i = 0; i < nth; i++) {
    at = xml.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`${needle} not found`);
  }
  return xml.slice(0, at).split("\n").length;
}
