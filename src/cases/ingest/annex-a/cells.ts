/**
 * One cell of a row, whatever it came from: text from a CSV, or a value read from a
 * worksheet (sheet-rows.ts reduces formulas, rich text and error cells to what the
 * sheet shows: #N/A from a broken VLOOKUP counts as empty).
 */
import { type DateReading, readDateCell, readDateText, readExcelSerial } from "./dates.ts";
import { tidyText } from "./normalise.ts";

export type Cell = string | number | boolean | Date | null;

/** A row as the spreadsheet shows it: its number and its cells, column 1 first. */
export interface SourceRow {
  number: number;
  cells: readonly Cell[];
}

/** The cell as text, as a person would read it (dates as ISO, whitespace tidied). */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string") return tidyText(cell);
  if (typeof cell === "number") return numberText(cell);
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  const reading = readDateCell(cell);
  return reading.kind === "ok" ? reading.iso : "";
}

/** Whole numbers without a decimal point or exponent (ids are often numeric cells). */
function numberText(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return n.toFixed(0);
  return String(n);
}

export function isBlank(cell: Cell | undefined): boolean {
  return cellText(cell) === "";
}

/** A date from any cell: a date cell, an Excel serial number, or text. */
export function cellDate(cell: Cell | undefined, date1904: boolean): DateReading {
  if (cell === null || cell === undefined) return { kind: "empty" };
  if (cell instanceof Date) return readDateCell(cell);
  if (typeof cell === "number") return readExcelSerial(cell, date1904);
  if (typeof cell === "boolean") return { kind: "invalid" };
  return readDateText(cell, date1904);
}
