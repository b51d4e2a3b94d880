/** Helpers shared by the CIN census parser tests (not used by the importer itself). */
import type { ChildLevelRecord } from "../../model.ts";
import type { Problem } from "../problems.ts";
import { type XmlParseResult, xmlTestKit } from "../xml/xml-test-kit.ts";
import { type CinCensusMeta, parseCinCensusXml } from "./parse-cin-census.ts";

export { lineOf, splitBytes } from "../xml/xml-test-kit.ts";

export type ParseResult = XmlParseResult<CinCensusMeta, ChildLevelRecord>;

// The CIN parser only emits child-level records.
export const { SAMPLES_DIR, sampleFiles, parseChunks, parseText } = xmlTestKit<
  CinCensusMeta,
  ChildLevelRecord
>("cin", parseCinCensusXml);

/** `line column rule` for each problem, sorted, for exact comparisons. */
export function problemKeys(problems: readonly Problem[]): string[] {
  return sortKeys(problems.map((p) => `${p.line} ${p.column} ${p.rule}`));
}

/** Orders `line column rule` keys by line number, then text. */
export function sortKeys(keys: string[]): string[] {
  return [...keys].sort(
    (a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10) || a.localeCompare(b),
  );
}

export function countByType(records: readonly ChildLevelRecord[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const record of records) counts[record.type] = (counts[record.type] ?? 0) + 1;
  return counts;
}

export interface HeaderOptions {
  collection?: string;
  year?: string;
  referenceDate?: string;
  lea?: string;
}

/** A complete message around the given `<Child>` elements, one element per line. */
export function cinMessage(children: string, header: HeaderOptions = {}): string {
  const { collection = "CIN", year = "2025", referenceDate = "2025-03-31", lea = "873" } = header;
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    "<Message>",
    "<Header>",
    "<CollectionDetails>",
    `<Collection>${collection}</Collection>`,
    `<Year>${year}</Year>`,
    `<ReferenceDate>${referenceDate}</ReferenceDate>`,
    "</CollectionDetails>",
    "<Source>",
    "<SourceLevel>L</SourceLevel>",
    `<LEA>${lea}</LEA>`,
    "</Source>",
    "</Header>",
    "<Children>",
    children,
    "</Children>",
    "</Message>",
    "",
  ].join("\n");
}

/** A child with identifiers and characteristics and the given CINdetails bodies. */
export function childXml(
  id: string,
  referrals: string[],
  extra: { identifiers?: string; characteristics?: string } = {},
): string {
  return [
    "<Child>",
    "<ChildIdentifiers>",
    `<LAchildID>${id}</LAchildID>`,
    extra.identifiers ?? "<Sex>F</Sex>",
    "</ChildIdentifiers>",
    "<ChildCharacteristics>",
    extra.characteristics ?? "<Ethnicity>WBRI</Ethnicity>",
    "</ChildCharacteristics>",
    ...referrals.map((body) => `<CINdetails>\n${body}\n</CINdetails>`),
    "</Child>",
  ].join("\n");
}

/** A minimal valid referral body plus extra lines (assessments, plans...). */
export function referralXml(date: string, extra: string[] = [], nfa = "0"): string {
  return [
    `<CINreferralDate>${date}</CINreferralDate>`,
    "<ReferralSource>1A</ReferralSource>",
    ...extra,
    `<ReferralNFA>${nfa}</ReferralNFA>`,
  ].join("\n");
}
