/**
 * fast-check generator of valid CSWW census documents together with the records and
 * header values the parser must return for them. Formatting varies the way suppliers'
 * files do: header with or without ReferenceDate (or none at all), flag and decimal
 * spellings, element order, layout, comments, CDATA, skipped and unknown elements.
 */
import fc from "fast-check";
import type { CaseRecord, IsoDate, StaffRecord } from "../../model.ts";
import { roleCodes, roleLabel } from "./csww-codes.ts";
import type { CswwMeta } from "./parse-csww.ts";

export interface GeneratedCensus {
  xml: string;
  records: CaseRecord[];
  meta: CswwMeta;
}

const DAY = 86_400_000;
const isoOf = (ms: number): IsoDate => new Date(ms).toISOString().slice(0, 10);

const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Element text as suppliers write it: escaped, or (when it can be) in a CDATA section. */
const textArb = (value: string) =>
  fc
    .boolean()
    .map((cdata) => (cdata && !value.includes("]]>") ? `<![CDATA[${value}]]>` : escapeXml(value)));

const ID_CHARS = [..."ABSWXYZabcz0123456789-_&<>'\"é", "😀"];
const idArb = fc
  .array(fc.constantFrom(...ID_CHARS), { minLength: 1, maxLength: 12 })
  .map((chars) => chars.join(""));

const AGENCY_SPELLINGS: [string, boolean][] = [
  ["0", false],
  ["1", true],
  ["false", false],
  ["TRUE", true],
  [" 1 ", true],
];

/** FTE in millionths, written the ways an xs:decimal can be. */
const fteArb = fc
  .tuple(fc.nat(1_000_000), fc.constantFrom("fixed", "plain", "signed"))
  .map(([micro, style]) => {
    const value = micro / 1_000_000;
    const text =
      style === "fixed"
        ? value.toFixed(6)
        : style === "plain"
          ? String(value)
          : `+${value.toFixed(6)}`;
    return { value, text };
  });

/** Elements the parser skips, with values it must not even look at. */
const SKIPPED = [
  "<PersonBirthDate>1980-02-30</PersonBirthDate>",
  "<GenderCurrent>2</GenderCurrent>",
  "<QualInst>Institution &amp; College</QualInst>",
  "<QualInst>Second</QualInst>",
  "<StartOrigin>99</StartOrigin>",
  "<FTE30>not a number</FTE30>",
  "<Cases30>12</Cases30>",
  "<CFKSSstatus>1</CFKSSstatus>",
  "<Absat30Sept>1</Absat30Sept>",
  "<LocalTeam><SWENo>not this one</SWENo></LocalTeam>",
  "<!-- <SWENo>commented out</SWENo> -->",
];

interface Worker {
  xml: string[];
  record: StaffRecord;
}

/** A worker whose dates fit the census year ending on `referenceMs`. */
function workerArb(id: string, referenceMs: number): fc.Arbitrary<Worker> {
  return fc
    .record({
      idText: textArb(id),
      agency: fc.option(fc.constantFrom(...AGENCY_SPELLINGS), { nil: null }),
      fte: fc.option(fteArb, { nil: null }),
      role: fc.option(fc.constantFrom(...roleCodes()), { nil: null }),
      // Days before the census date: starts any time up to it; leavers within the year.
      startBack: fc.option(fc.integer({ min: 0, max: 20_000 }), { nil: null }),
      endBack: fc.option(fc.integer({ min: 0, max: 364 }), { nil: null }),
      extras: fc.subarray(SKIPPED),
    })
    .chain((w) => {
      const startMs = w.startBack === null ? null : referenceMs - w.startBack * DAY;
      const endMs =
        w.endBack === null
          ? null
          : Math.max(referenceMs - w.endBack * DAY, startMs ?? Number.NEGATIVE_INFINITY);
      const startDate = startMs === null ? null : isoOf(startMs);
      const leaveDate = endMs === null ? null : isoOf(endMs);
      const elements = [
        `<SWENo>${w.idText}</SWENo>`,
        ...(w.agency === null ? [] : [`<AgencyWorker>${w.agency[0]}</AgencyWorker>`]),
        ...(w.fte === null ? [] : [`<FTE>${w.fte.text}</FTE>`]),
        ...(w.role === null ? [] : [`<OrgRole>${w.role}</OrgRole>`]),
        ...(startDate === null ? [] : [`<RoleStartDate>${startDate}</RoleStartDate>`]),
        ...(leaveDate === null ? [] : [`<RoleEndDate>${leaveDate}</RoleEndDate>`]),
        ...w.extras,
      ];
      // The parser does not depend on the XSD's element order, so any order is fair.
      return fc.shuffledSubarray(elements, { minLength: elements.length }).map((xml) => ({
        xml,
        record: {
          staffId: id,
          teamName: null,
          role: w.role === null ? null : roleLabel(w.role),
          fte: w.fte?.value ?? null,
          agency: w.agency?.[1] ?? null,
          qualifiedDate: null,
          asyeStartDate: null,
          startDate,
          leaveDate,
        },
      }));
    });
}

type HeaderStyle = "full" | "derived" | "none";

export const cswwCensusArb: fc.Arbitrary<GeneratedCensus> = fc
  .record({
    year: fc.integer({ min: 2017, max: 2040 }),
    headerStyle: fc.constantFrom<HeaderStyle>("full", "derived", "none"),
    collection: fc.constantFrom("CSWW", "csww", " CSWW "),
    lea: fc.integer({ min: 100, max: 999 }).map(String),
    ids: fc.uniqueArray(idArb, { maxLength: 8 }),
    vacancies: fc.boolean(),
    declaration: fc.boolean(),
    separator: fc.constantFrom("\n", "", "\r\n", "\n    ", " "),
  })
  .chain((census) => {
    const referenceMs = Date.UTC(census.year, 8, 30);
    return fc
      .tuple(...census.ids.map((id) => workerArb(id, referenceMs)))
      .map((workers) => build(census, isoOf(referenceMs), workers));
  });

function build(
  census: {
    year: number;
    headerStyle: HeaderStyle;
    collection: string;
    lea: string;
    vacancies: boolean;
    declaration: boolean;
    separator: string;
  },
  referenceDate: IsoDate,
  workers: Worker[],
): GeneratedCensus {
  const header =
    census.headerStyle === "none"
      ? []
      : [
          "<Header>",
          "<CollectionDetails>",
          `<Collection>${census.collection}</Collection>`,
          `<Year>${census.year}</Year>`,
          ...(census.headerStyle === "full"
            ? [`<ReferenceDate>${referenceDate}</ReferenceDate>`]
            : []),
          "</CollectionDetails>",
          `<Source><SourceLevel>L</SourceLevel><LEA>${census.lea}</LEA></Source>`,
          "</Header>",
        ];
  // Without a header, something must show it is a workforce census (the XSD requires
  // LALevelVacancies in any case).
  const vacancies = census.vacancies || (census.headerStyle === "none" && workers.length === 0);
  const lines = [
    ...(census.declaration ? ['<?xml version="1.0" encoding="UTF-8"?>'] : []),
    "<Message>",
    ...header,
    ...(vacancies
      ? ["<LALevelVacancies><NumberOfVacancies>1.00</NumberOfVacancies></LALevelVacancies>"]
      : []),
    ...workers.flatMap((w) => ["<CSWWWorker>", ...w.xml, "</CSWWWorker>"]),
    "</Message>",
  ];
  const known = census.headerStyle !== "none";
  return {
    xml: lines.join(census.separator),
    records: workers.map((w) => ({ type: "staff", record: w.record })),
    meta: {
      collectionYear: known ? census.year : null,
      referenceDate: known ? referenceDate : null,
      lea: known ? census.lea : null,
      workers: workers.length,
    },
  };
}
