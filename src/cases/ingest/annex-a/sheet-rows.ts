/**
 * The rows of one worksheet part, streamed: each `<row>` becomes a SourceRow with its
 * number as the sheet shows it and its cells in column order. A cell is read by its type:
 * shared string, inline string, formula string, boolean, error (empty), or number. A
 * formula's cached result is what the sheet shows, so that is what is read. Numbers in
 * a date style become dates, as a person sees them.
 */
import type { Cell, SourceRow } from "./cells.ts";
import { readExcelSerial } from "./dates.ts";
import { MAX_COLUMNS } from "./limits.ts";
import { attribute, XmlFault, xmlEvents } from "./xml-events.ts";

export interface SheetContext {
  sharedStrings: readonly string[];
  dateStyles: readonly boolean[];
  date1904: boolean;
}

/** "BC12" -> 55 (1-based column); null when not a cell reference. */
export function columnOfRef(ref: string): number | null {
  // A hot path (every cell): a hand loop rather than a regular expression.
  let n = 0;
  let i = 0;
  for (; i < ref.length && i < 4; i++) {
    const code = ref.charCodeAt(i) & ~0x20; // upper-cases ASCII letters
    if (code < 65 || code > 90) break;
    n = n * 26 + (code - 64);
  }
  if (i === 0 || i > 3) return null;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code < 48 || code > 57) return null;
  }
  return n;
}

interface PendingCell {
  column: number;
  type: string;
  style: number;
  value: string[];
  inline: string[];
}

export async function* sheetRows(
  input: AsyncIterable<Buffer | string>,
  ctx: SheetContext,
): AsyncGenerator<SourceRow, void, undefined> {
  let rowNumber = 0;
  let cells: Cell[] | null = null;
  let lastColumn = 0;
  let cell: PendingCell | null = null;
  /** Which text-bearing element we are inside: <v>, an inline <t>, or neither. */
  let textTarget: "v" | "t" | null = null;
  let phonetic = 0;

  for await (const batch of xmlEvents(input)) {
    const done: SourceRow[] = [];
    for (const event of batch) {
      if (event.kind === "open") {
        switch (event.name) {
          case "row": {
            const r = Number(attribute(event.attributes, "r"));
            rowNumber = Number.isInteger(r) && r > rowNumber ? r : rowNumber + 1;
            cells = [];
            lastColumn = 0;
            break;
          }
          case "c": {
            if (!cells) break;
            const ref = attribute(event.attributes, "r");
            const column = ref === undefined ? lastColumn + 1 : columnOfRef(ref);
            if (column === null || column < 1 || column > MAX_COLUMNS) {
              throw new XmlFault(`row ${rowNumber} has a cell "${ref}" that is not a real cell`);
            }
            lastColumn = column;
            cell = {
              column,
              type: attribute(event.attributes, "t") ?? "n",
              style: Number(attribute(event.attributes, "s") ?? "0"),
              value: [],
              inline: [],
            };
            break;
          }
          case "v":
            if (cell) textTarget = "v";
            break;
          case "rPh":
            phonetic++;
            break;
          case "t":
            if (cell && phonetic === 0) textTarget = "t";
            break;
        }
      } else if (event.kind === "text") {
        if (cell && textTarget === "v") cell.value.push(event.text);
        else if (cell && textTarget === "t") cell.inline.push(event.text);
      } else {
        switch (event.name) {
          case "v":
          case "t":
            textTarget = null;
            break;
          case "rPh":
            phonetic--;
            break;
          case "c":
            if (cell && cells) cells[cell.column - 1] = cellValue(cell, ctx);
            cell = null;
            break;
          case "row":
            if (cells) {
              done.push({ number: rowNumber, cells: Array.from(cells, (c) => c ?? null) });
            }
            cells = null;
            break;
        }
      }
    }
    yield* done;
  }
}

function cellValue(cell: PendingCell, ctx: SheetContext): Cell {
  const raw = cell.value.join("");
  switch (cell.type) {
    case "s": {
      const index = Number(raw);
      return Number.isInteger(index) ? (ctx.sharedStrings[index] ?? null) : null;
    }
    case "inlineStr":
      // Some writers put an inline string's text in <v> rather than <is><t>.
      return cell.inline.length > 0 ? cell.inline.join("") : raw;
    case "str":
    case "d":
      // A formula's text result; "d" is an ISO 8601 date as text, read as such later.
      return raw;
    case "b":
      return raw.trim() === "1" || raw.trim().toLowerCase() === "true";
    case "e":
      return null;
    default: {
      if (raw.trim() === "") return null;
      const n = Number(raw);
      if (!Number.isFinite(n)) return raw;
      if (ctx.dateStyles[cell.style] === true) {
        const date = readExcelSerial(n, ctx.date1904);
        if (date.kind === "ok") return new Date(`${date.iso}T00:00:00Z`);
      }
      return n;
    }
  }
}
