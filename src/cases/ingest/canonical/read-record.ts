import type { CaseRecord, IsoDate } from "../../model.ts";
import type { ColumnSpec } from "../../record-tables.ts";
import { codeListOf, DATE_LIST_COLUMNS, DATE_PAIRS } from "./codes.ts";
import type { HeaderLayout } from "./header-layout.ts";
import { quoteValue } from "./quote-value.ts";
import { identifies, RECORD_LABELS } from "./record-types.ts";
import { CANONICAL_RULES, type CanonicalRule, type ReportProblem } from "./rules.ts";
import { readBoolean, readDate, readInteger, readList, readNumeric, readText } from "./values.ts";

/** Said after every error, so no one has to look up what an error does to the row. */
const NOT_LOADED = "The row was not loaded.";

/**
 * Turns one data row into a record of the file's type, reporting every problem in the
 * row (not just the first, so one pass over the report fixes them all). The record
 * comes back only if the row had no error; warnings do not stop it. Absent columns read
 * as empty cells.
 */
export function readRecord(
  layout: HeaderLayout,
  fields: readonly string[],
  report: ReportProblem,
): CaseRecord | null {
  const { spec, type } = layout;
  const record: Record<string, unknown> = {};
  const dates = new Map<string, IsoDate>();
  let rejected = false;
  const reject: ReportProblem = (column, rule, severity, message) => {
    rejected = true;
    report(column, rule, severity, message);
  };

  for (const column of spec.columns) {
    const index = layout.positions.get(column.column);
    const cell = index === undefined ? "" : (fields[index] ?? "");
    const value = readValue(layout, column, cell, reject);
    if (value === undefined) continue;
    if (value === null && spec.key.includes(column.column)) {
      reject(
        column.column,
        CANONICAL_RULES.missingMandatory,
        "error",
        `${column.column} is empty, but every ${RECORD_LABELS[type]} record needs it (${identifies(type, column.column)}). ${NOT_LOADED}`,
      );
    }
    if (column.type === "date" && typeof value === "string") dates.set(column.column, value);
    record[column.field] = value;
  }

  for (const [start, end] of DATE_PAIRS) {
    const from = dates.get(start);
    const to = dates.get(end);
    if (from === undefined || to === undefined || to >= from) continue;
    report(
      end,
      CANONICAL_RULES.endBeforeStart,
      "warning",
      `${end} ${to} is before ${start} ${from}. ${
        rejected
          ? "(The row was not loaded anyway, because of its errors.)"
          : `The record was loaded, but indicators that time this ${RECORD_LABELS[type]} leave it out until the dates are corrected.`
      }`,
    );
  }

  if (rejected) return null;
  // Safe by construction: every field of the record type's RECORD_TABLES columns is set
  // to a value of its column's type, and the round-trip tests pin each type's shape.
  return { type, record } as unknown as CaseRecord;
}

type CellValue = string | number | boolean | string[] | null;

/** One cell as its column's type; undefined (after reporting) when it cannot be read. */
function readValue(
  layout: HeaderLayout,
  column: ColumnSpec,
  cell: string,
  reject: ReportProblem,
): CellValue | undefined {
  const name = column.column;
  const invalid = (rule: CanonicalRule, why: string) => {
    reject(name, rule, "error", `${name} ${quoteValue(cell)} ${why} ${NOT_LOADED}`);
    return undefined;
  };
  switch (column.type) {
    case "text": {
      const codes = codeListOf(layout.type, name);
      const text = readText(cell);
      if (!codes || text === null) return text;
      const code = text.toLowerCase();
      if (codes.includes(code)) return code;
      return invalid(
        CANONICAL_RULES.codeInvalid,
        `is not a valid ${name} for ${RECORD_LABELS[layout.type]} records: it must be one of ${codes.join(", ")}.`,
      );
    }
    case "date": {
      const date = readDate(cell);
      if (date !== undefined) return date;
      return invalid(
        CANONICAL_RULES.dateInvalid,
        "is not a real date written YYYY-MM-DD (for example 2024-03-31).",
      );
    }
    case "boolean": {
      const flag = readBoolean(cell);
      if (flag !== undefined) return flag;
      return invalid(
        CANONICAL_RULES.booleanInvalid,
        "is not a yes/no value: write true or false (1/0 and yes/no are also accepted), or leave it empty if not recorded.",
      );
    }
    case "integer": {
      const number = readInteger(cell);
      if (number !== undefined) return number;
      return invalid(
        CANONICAL_RULES.numberInvalid,
        "is not a whole number: write plain digits, such as 2, with no spaces, commas or decimal point.",
      );
    }
    case "numeric": {
      const number = readNumeric(cell);
      if (number !== undefined) return number;
      return invalid(
        CANONICAL_RULES.numberInvalid,
        "is not a number: write plain digits with an optional decimal point, such as 0.5, with no commas, units or exponent.",
      );
    }
    case "jsonb":
      return DATE_LIST_COLUMNS.has(name) ? readDateList(name, cell, reject) : readList(cell);
  }
}

/** A `;`-separated list of dates, de-duplicated and sorted (ISO dates sort as text). */
function readDateList(name: string, cell: string, reject: ReportProblem): IsoDate[] | undefined {
  const items = readList(cell);
  const bad = items.filter((item) => readDate(item) === undefined);
  if (bad.length > 0) {
    reject(
      name,
      CANONICAL_RULES.dateInvalid,
      "error",
      `${name} holds ${bad.length === 1 ? "a value that is not a real date" : `${bad.length} values that are not real dates`} (${bad.slice(0, 3).map(quoteValue).join(", ")}${bad.length > 3 ? ", ..." : ""}). Write dates YYYY-MM-DD, separated by semicolons, such as 2024-01-15;2024-07-10. ${NOT_LOADED}`,
    );
    return undefined;
  }
  return [...new Set(items)].sort();
}
