/**
 * Streaming import of a DfE Children in Need census XML return (schema years 2017-2026)
 * into canonical case records. Bad input never throws: it becomes problems, and a file
 * that cannot be trusted at all (hostile or broken XML, not a CIN return, too big) gets
 * one fatal problem and reading stops there.
 */
import { type ParseXmlOptions, streamXml } from "../xml/stream-xml.ts";
import { type CinCensusMeta, CinCensusReader } from "./cin-census-reader.ts";

export type { CinCensusMeta };

export type ParseCinCensusOptions = ParseXmlOptions;

export const DEFAULT_MAX_RECORDS = 5_000_000;

export async function parseCinCensusXml(
  input: AsyncIterable<Buffer | string>,
  options: ParseCinCensusOptions,
): Promise<CinCensusMeta> {
  const reader = new CinCensusReader({
    file: options.file,
    problems: options.problems,
    maxRecords: options.maxRecords ?? DEFAULT_MAX_RECORDS,
  });
  await streamXml(input, reader, options.sink);
  return reader.meta;
}
