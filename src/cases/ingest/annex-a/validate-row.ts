/**
 * Validates one data row of a recognised list: reads every column the sheet has by its
 * kind (id, text, date, pick list, count), reports what is wrong, and hands back clean
 * values. Every column the template defines is checked, mapped or not, because the
 * LA's data-quality report should show all of it; only mapped columns reach records.
 * A row with an error comes back null: an error always means "this row was not loaded".
 */
import type { IsoDate } from "../../model.ts";
import type { Severity } from "../problems.ts";
import { cellDate, cellText, type SourceRow } from "./cells.ts";
import { isoToDmy } from "./dates.ts";
import type { HeaderMatch } from "./headers.ts";
import { type ColumnDef, columnOf } from "./lists.ts";
import { PICK_LISTS } from "./pick-lists.ts";
import { readPick } from "./pick-values.ts";
import { RULES, type RuleCode } from "./rules.ts";

export interface RowContext {
  header: HeaderMatch;
  date1904: boolean;
  /** `column` is the column key, or null for the whole row. */
  report(
    row: number,
    column: string | null,
    rule: RuleCode,
    severity: Severity,
    message: string,
  ): void;
}

/** A row that passed: trimmed text, ISO dates, pick-list codes, whole numbers. */
export interface CleanRow {
  number: number;
  text(key: string): string | null;
  date(key: string): IsoDate | null;
  /** The option's code; for a value not in the list, the value as supplied. */
  code(key: string): string | null;
  /** Yes -> true, No -> false; Unknown, empty, absent or unrecognised -> null. */
  flag(key: string): boolean | null;
  count(key: string): number | null;
}

type Value =
  | { kind: "text"; text: string }
  | { kind: "date"; iso: IsoDate }
  | { kind: "code"; code: string; known: boolean }
  | { kind: "count"; n: number };

const YES_NO = new Set<string>(["yesNo", "yesNoUnknown"]);
const WHOLE_NUMBER = /^\d+(?:\.0+)?$/;

/** How a column is named in messages: as the file heads it, else as the template does. */
export function columnLabel(header: HeaderMatch, column: ColumnDef): string {
  return header.label.get(column.key) || (column.headers[0] ?? column.key);
}

export function validateRow(ctx: RowContext, row: SourceRow): CleanRow | null {
  const { header } = ctx;
  const { list } = header;
  const values = new Map<string, Value>();
  const unreadable = new Set<string>();
  let rejected = false;
  const name = (column: ColumnDef) => columnLabel(header, column);
  const report = (column: ColumnDef, rule: RuleCode, severity: Severity, message: string) =>
    ctx.report(row.number, column.key, rule, severity, message);

  for (const column of list.columns) {
    const at = header.index.get(column.key);
    if (at === undefined) continue;
    const cell = row.cells[at] ?? null;
    const shown = cellText(cell);
    switch (column.kind) {
      case "id": {
        // "12345.0" is how some exports write a numeric id; the id is 12345 in the xlsx.
        const id = /^\d+\.0+$/.test(shown) ? shown.slice(0, shown.indexOf(".")) : shown;
        if (id !== "") values.set(column.key, { kind: "text", text: id });
        break;
      }
      case "text":
        if (shown !== "") values.set(column.key, { kind: "text", text: shown });
        break;
      case "date": {
        const reading = cellDate(cell, ctx.date1904);
        if (reading.kind === "invalid") {
          report(
            column,
            RULES.dateInvalid,
            "error",
            `${name(column)} "${shown}" is not a real date. Write dates as DD/MM/YYYY, for example 31/03/2024. This row was not loaded.`,
          );
          unreadable.add(column.key);
          rejected = true;
        } else if (reading.kind === "ok") {
          values.set(column.key, { kind: "date", iso: reading.iso });
        }
        break;
      }
      case "pick": {
        if (!column.pick) throw new Error(`internal: ${column.key} has no pick list`);
        const reading = readPick(column.pick, shown);
        if (reading.kind === "ok") {
          values.set(column.key, { kind: "code", code: reading.code, known: true });
        } else if (reading.kind === "unknown") {
          const treated =
            column.maps !== null && YES_NO.has(column.pick)
              ? "it was treated as not recorded"
              : "it was kept as supplied";
          report(
            column,
            RULES.unknownCode,
            "warning",
            `${name(column)} "${reading.text}" is not in the Annex A ${PICK_LISTS[column.pick].name} list; ${treated}.`,
          );
          values.set(column.key, { kind: "code", code: reading.text, known: false });
        }
        break;
      }
      case "count": {
        if (shown === "") break;
        if (WHOLE_NUMBER.test(shown)) {
          values.set(column.key, { kind: "count", n: Number.parseInt(shown, 10) });
        } else {
          report(
            column,
            RULES.numberInvalid,
            "warning",
            `${name(column)} "${shown}" is not a whole number of 0 or more; it was treated as not recorded.`,
          );
        }
        break;
      }
    }
  }

  const mandatory = [list.idColumn, ...(list.keyDate ? [list.keyDate] : [])];
  for (const key of mandatory) {
    // An absent key-date column was reported once for the sheet, not on every row.
    if (values.has(key) || unreadable.has(key) || !header.index.has(key)) continue;
    report(
      columnOf(list, key),
      RULES.missingMandatory,
      "error",
      `${name(columnOf(list, key))} is empty, so this ${list.title} row cannot be loaded.`,
    );
    rejected = true;
  }

  for (const [startKey, endKey] of list.periods) {
    const start = values.get(startKey);
    const end = values.get(endKey);
    if (start?.kind === "date" && end?.kind === "date" && end.iso < start.iso) {
      const endColumn = columnOf(list, endKey);
      report(
        endColumn,
        RULES.endBeforeStart,
        "warning",
        `${name(endColumn)} ${isoToDmy(end.iso)} is before ${name(columnOf(list, startKey))} ${isoToDmy(start.iso)}. The row was loaded; check both dates.`,
      );
    }
  }

  if (rejected) return null;
  return {
    number: row.number,
    text: (key) => {
      const value = values.get(key);
      return value?.kind === "text" ? value.text : null;
    },
    date: (key) => {
      const value = values.get(key);
      return value?.kind === "date" ? value.iso : null;
    },
    code: (key) => {
      const value = values.get(key);
      return value?.kind === "code" ? value.code : null;
    },
    flag: (key) => {
      const value = values.get(key);
      if (value?.kind !== "code" || !value.known) return null;
      return value.code === "YES" ? true : value.code === "NO" ? false : null;
    },
    count: (key) => {
      const value = values.get(key);
      return value?.kind === "count" ? value.n : null;
    },
  };
}
