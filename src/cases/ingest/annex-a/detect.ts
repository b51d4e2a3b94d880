/**
 * Recognises an Annex A file from its first bytes (the loader reads ~8 KB) and name.
 *  - xlsx: a zip whose workbook has a list sheet. The sheet names are in
 *    xl/workbook.xml, which Excel and most writers store near the front; when its
 *    compressed bytes fall inside the head it is inflated (capped) and its sheet names
 *    checked (a file named "Annex A..." is also taken). When the part lies beyond the
 *    head, an .xlsx/.xlsm name is taken as enough: the parser then gives a precise
 *    verdict (ANNEXA_NO_LISTS) instead of "format unrecognised".
 *  - CSV: one of the first rows is a list's header row (the same rule the parser uses).
 */
import { inflateRawSync } from "node:zlib";
import { parse } from "csv-parse/sync";
import { listHint, recogniseHeader } from "./headers.ts";
import { HEADER_SCAN_ROWS } from "./limits.ts";

export type AnnexAFormat = "annex_a_xlsx" | "annex_a_csv";

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const MAX_WORKBOOK_XML = 1024 * 1024;
const ANNEX_A_NAME = /annex[\s_-]*a(?![a-z])/i;

export function detectAnnexA(head: Buffer, fileName: string): AnnexAFormat | null {
  try {
    if (head.subarray(0, 4).equals(ZIP_MAGIC)) return detectWorkbook(head, fileName);
    return detectCsv(head) ? "annex_a_csv" : null;
  } catch {
    // Detection never throws: anything odd is simply "not Annex A".
    return null;
  }
}

function detectWorkbook(head: Buffer, fileName: string): AnnexAFormat | null {
  const workbook = workbookXmlInHead(head);
  if (workbook === null) return /\.xls[xm]$/i.test(fileName) ? "annex_a_xlsx" : null;
  const names = [...workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*?\bname="([^"]*)"/g)].map((match) =>
    decodeXml(match[1] ?? ""),
  );
  // Sheets left as "Sheet1".."Sheet11" in a file called "Annex A ...": the parser finds
  // lists by their headers, so let it look.
  if (names.some((name) => listHint(name) !== null) || ANNEX_A_NAME.test(fileName)) {
    return "annex_a_xlsx";
  }
  return null;
}

/** xl/workbook.xml's text if its whole entry lies in `head`; null otherwise. */
function workbookXmlInHead(head: Buffer): string | null {
  let at = 0;
  while (at + 30 <= head.length && head.readUInt32LE(at) === 0x04034b50) {
    const flags = head.readUInt16LE(at + 6);
    const method = head.readUInt16LE(at + 8);
    const compressed = head.readUInt32LE(at + 18);
    const nameLength = head.readUInt16LE(at + 26);
    const extraLength = head.readUInt16LE(at + 28);
    const dataStart = at + 30 + nameLength + extraLength;
    const name = head.subarray(at + 30, at + 30 + nameLength).toString("latin1");
    // Sizes after the data (bit 3): the next header cannot be found without inflating.
    if (flags & 0x8) return null;
    const dataEnd = dataStart + compressed;
    if (dataEnd > head.length) return null;
    if (name === "xl/workbook.xml") {
      const data = head.subarray(dataStart, dataEnd);
      if (method === 0) return data.toString("utf8");
      if (method !== 8) return null;
      return inflateRawSync(data, { maxOutputLength: MAX_WORKBOOK_XML }).toString("utf8");
    }
    at = dataEnd;
  }
  return null;
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

function detectCsv(head: Buffer): boolean {
  const text = head.toString("utf8").replace(/^\uFEFF/, "");
  // Only whole lines: the head may end in the middle of a row (or of a quoted value).
  // With no line break at all, the head is one long header row, judged by what it holds.
  const lastBreak = Math.max(text.lastIndexOf("\n"), text.lastIndexOf("\r"));
  const complete = lastBreak === -1 ? text : text.slice(0, lastBreak);
  if (complete.trim() === "") return false;
  let rows: string[][];
  try {
    rows = parse(complete, {
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      to_line: HEADER_SCAN_ROWS,
    }) as string[][];
  } catch {
    return false;
  }
  let hint: number | null = null;
  for (const row of rows.slice(0, HEADER_SCAN_ROWS)) {
    const title = row.find((cell) => /^\s*list\s*[-_.]?\s*\d{1,2}\b/i.test(cell));
    if (hint === null && title) hint = listHint(title);
    if (recogniseHeader(row, hint)) return true;
  }
  return false;
}
