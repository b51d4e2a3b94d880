/**
 * Recognises an extract from its first bytes, not its name: councils' file names are
 * unreliable ("CIN final v3 (2).xml"). The name only helps tell an Annex A workbook
 * from other spreadsheets when the workbook's sheet list lies beyond the first bytes.
 */
import { detectAnnexA } from "./annex-a/index.ts";
import { hasCanonicalHeader } from "./canonical/index.ts";
import { detectCsww } from "./csww/parse-csww.ts";
import { detectSsda903Table } from "./ssda903/index.ts";

export type ExtractFormat =
  | "cin_census_xml"
  | "csww_xml"
  | "ssda903_xml"
  | "ssda903_csv"
  | "canonical_csv"
  | "annex_a_xlsx"
  | "annex_a_csv";

export const FORMAT_LABELS: Record<ExtractFormat, string> = {
  cin_census_xml: "CIN census (XML)",
  csww_xml: "Children's social work workforce census (XML)",
  ssda903_xml: "SSDA903 (XML)",
  ssda903_csv: "SSDA903 table (CSV)",
  canonical_csv: "Waymark canonical CSV",
  annex_a_xlsx: "Ofsted Annex A workbook (xlsx)",
  annex_a_csv: "Ofsted Annex A list (CSV)",
};

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

export function detectFormat(head: Buffer, fileName = ""): ExtractFormat | null {
  // The only zip Waymark takes is an Annex A workbook; its parser refuses a broken or hostile zip with a coded problem.
  if (head.subarray(0, 4).equals(ZIP_MAGIC)) return "annex_a_xlsx";
  const text = head.toString("utf8").replace(/^\uFEFF/, "");
  const start = text.trimStart();
  if (start.startsWith("<")) {
    if (/<EXPSSDA903[\s>]/.test(text)) return "ssda903_xml";
    // Both censuses have a <Message> root: the workforce census names itself in its header.
    if (detectCsww(text)) return "csww_xml";
    // The CIN census parser itself refuses DOCTYPEs and non-CIN Message files with a coded problem.
    if (/<Message[\s>]/.test(text) || /<!DOCTYPE/i.test(text)) return "cin_census_xml";
    return null;
  }
  // Checked before SSDA903 so a canonical file with a bad row gets canonical problems, not "unrecognised".
  if (hasCanonicalHeader(start)) return "canonical_csv";
  const firstLine = start.split(/\r?\n/, 1)[0] ?? "";
  const header = firstLine.split(",").map((cell) => cell.trim().replace(/^"|"$/g, ""));
  if (detectSsda903Table(header)) return "ssda903_csv";
  return detectAnnexA(head, fileName) === "annex_a_csv" ? "annex_a_csv" : null;
}
