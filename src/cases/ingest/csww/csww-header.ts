/**
 * Reads the CSWW header: which collection the file says it is, its year, census date
 * and local authority.
 */
import type { IsoDate } from "../../model.ts";
import { parseYear } from "../cin/cin-fields.ts";
import { DraftReader, type ElementDraft, type Report, shown } from "./csww-draft.ts";
import { censusDateOfYear } from "./csww-values.ts";

export interface HeaderMeta {
  collectionYear: number | null;
  referenceDate: IsoDate | null;
  lea: string | null;
}

/** `Collection` as written, or null when the header does not say. */
export function headerCollection(draft: ElementDraft): string | null {
  return new DraftReader(draft, () => {}).text("Collection");
}

export function isCswwCollection(collection: string): boolean {
  return collection.toUpperCase() === "CSWW";
}

export function readHeaderMeta(draft: ElementDraft, report: Report): HeaderMeta {
  const read = new DraftReader(draft, report);
  const yearText = read.text("Year");
  const collectionYear = yearText === null ? null : parseYear(yearText);
  if (yearText !== null && collectionYear === null) {
    report(
      "error",
      "CSWW_NUMBER_INVALID",
      `Year ${shown(yearText)} is not a four-digit year, so the collection year is not known.`,
      read.at("Year"),
    );
  }
  // The XSD makes ReferenceDate optional; the census date is always 30 September of the
  // collection year, so it is derived from Year when the header leaves it out (but not
  // when it gives a bad one, which is already an error).
  const referenceDate =
    read.text("ReferenceDate") !== null
      ? read.date("ReferenceDate")
      : collectionYear === null
        ? null
        : censusDateOfYear(collectionYear);
  return { collectionYear, referenceDate, lea: read.text("LEA") };
}
