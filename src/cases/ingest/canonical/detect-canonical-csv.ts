import { parse } from "csv-parse/sync";
import type { CaseRecordType } from "../../model.ts";
import { CSV_OPTIONS } from "./csv-rows.ts";
import { normaliseColumnName, RECORD_TYPE_COLUMN, recordTypeOf } from "./record-types.ts";

/** More than enough for a header and one row; a longer head is not parsed any further. */
const MAX_HEAD_CHARS = 64 * 1024;

/**
 * The record type of a canonical CSV file, from the start of the file: the header must
 * open with `record_type` and the first data row must name a record type. Null for
 * anything else, including a canonical file with no data rows (it names no type).
 *
 * `head` may stop anywhere (the loader reads the first few kilobytes): rows are read the
 * same way as the importer reads them, and a cut-off last row is still looked at (even
 * one cut inside a quoted value), since only its first cell matters.
 */
export function detectCanonicalCsv(head: string): CaseRecordType | null {
  const [header, first] = firstRows(head, 2);
  if (!isRecordTypeHeader(header)) return null;
  return recordTypeOf(first?.[0]);
}

/**
 * True when the file's header opens with `record_type`, whatever its rows hold: lets a
 * loader hand a canonical file with a bad first row to the parser, which says what is
 * wrong, instead of calling it an unknown format.
 */
export function hasCanonicalHeader(head: string): boolean {
  return isRecordTypeHeader(firstRows(head, 1)[0]);
}

function isRecordTypeHeader(header: readonly string[] | undefined): boolean {
  return header !== undefined && normaliseColumnName(header[0] ?? "") === RECORD_TYPE_COLUMN;
}

/** The first `count` rows that are not blank, as far as the head goes. */
function firstRows(head: string, count: number): string[][] {
  const text = head.slice(0, MAX_HEAD_CHARS).replace(/^\uFEFF/, "");
  const { rows, unclosedQuote } = parseRows(text, count);
  if (rows.length >= count || !unclosedQuote) return rows;
  // The head stopped inside a quoted value: close it to see the row it belongs to. One of
  // the two endings closes it, whether or not the head stopped half-way through a "".
  for (const ending of ['"', '""']) {
    const closed = parseRows(text + ending, count);
    if (!closed.unclosedQuote) return closed.rows;
  }
  return rows;
}

function parseRows(text: string, count: number) {
  const rows: string[][] = [];
  let unclosedQuote = false;
  try {
    parse(text, {
      ...CSV_OPTIONS,
      on_record: (fields: string[]) => {
        if (rows.length < count && fields.some((field) => field.trim() !== "")) rows.push(fields);
        return null;
      },
    });
  } catch (error) {
    // Any fault (a file that is not CSV at all): the rows before it are all there is.
    unclosedQuote = (error as { code?: unknown }).code === "CSV_QUOTE_NOT_CLOSED";
  }
  return { rows, unclosedQuote };
}
