/** Helpers shared by the CSWW census parser tests (not used by the importer itself). */
import type { CaseRecord } from "../../model.ts";
import type { Problem } from "../problems.ts";
import { type XmlParseResult, xmlTestKit } from "../xml/xml-test-kit.ts";
import { type CswwMeta, parseCswwXml } from "./parse-csww.ts";

export { lineOf, splitBytes } from "../xml/xml-test-kit.ts";

export type ParseResult = XmlParseResult<CswwMeta, CaseRecord>;

export const { SAMPLES_DIR, sampleFiles, parseChunks, parseText } = xmlTestKit<
  CswwMeta,
  CaseRecord
>("csww", parseCswwXml);

/** `line column rule` for each problem, in the order reported, for exact comparisons. */
export function problemKeys(problems: readonly Problem[]): string[] {
  return problems.map((p) => `${p.line} ${p.column} ${p.rule}`);
}

export interface HeaderOptions {
  collection?: string;
  year?: string;
  /** null leaves the element out. */
  referenceDate?: string | null;
  lea?: string;
}

/** A complete message around the given `<CSWWWorker>` elements, one element per line. */
export function cswwMessage(workers: string, header: HeaderOptions = {}): string {
  const { collection = "CSWW", year = "2024", referenceDate = "2024-09-30", lea = "873" } = header;
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    "<Message>",
    "<Header>",
    "<CollectionDetails>",
    `<Collection>${collection}</Collection>`,
    `<Year>${year}</Year>`,
    ...(referenceDate === null ? [] : [`<ReferenceDate>${referenceDate}</ReferenceDate>`]),
    "</CollectionDetails>",
    "<Source>",
    "<SourceLevel>L</SourceLevel>",
    `<LEA>${lea}</LEA>`,
    "</Source>",
    "</Header>",
    "<LALevelVacancies>",
    "<NumberOfVacancies>3.50</NumberOfVacancies>",
    "<NoAgencyFTE>2.00</NoAgencyFTE>",
    "<NoAgencyHeadcount>2</NoAgencyHeadcount>",
    "</LALevelVacancies>",
    workers,
    "</Message>",
    "",
  ].join("\n");
}

/** A worker with the given SWENo and element lines; null leaves an element out. */
export function workerXml(
  id: string | null,
  lines: string[] = [],
  agency: string | null = "0",
): string {
  return [
    "<CSWWWorker>",
    ...(agency === null ? [] : [`<AgencyWorker>${agency}</AgencyWorker>`]),
    ...(id === null ? [] : [`<SWENo>${id}</SWENo>`]),
    ...lines,
    "</CSWWWorker>",
  ].join("\n");
}
