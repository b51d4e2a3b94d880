import type { CaseRecordType } from "../../model.ts";
import { RECORD_TABLES, type RecordTableSpec } from "../../record-tables.ts";
import { quoteValue } from "./quote-value.ts";
import {
  identifies,
  normaliseColumnName,
  RECORD_LABELS,
  RECORD_TYPE_COLUMN,
} from "./record-types.ts";
import { CANONICAL_RULES, type ReportProblem } from "./rules.ts";

/** Longest unknown header name stored in a problem: a runaway cell must not bloat the log. */
const MAX_COLUMN_NAME = 100;

/** Where each column of the file's record type sits in a row. */
export interface HeaderLayout {
  type: CaseRecordType;
  spec: RecordTableSpec;
  /** Column name to its position in a row (first occurrence); absent columns are missing. */
  positions: ReadonlyMap<string, number>;
  /** Header cells up to and including the last one with a name. */
  width: number;
  /** Positions, within `width`, of header cells with no name: they can hold no value. */
  unnamed: readonly number[];
}

/**
 * Matches the header row to the record type's columns (named in RECORD_TABLES).
 * Problems are reported against the header; null means a key column is missing, so no
 * row could be loaded and the file must not be read further.
 */
export function readHeaderLayout(
  header: readonly string[],
  type: CaseRecordType,
  report: ReportProblem,
): HeaderLayout | null {
  const spec = RECORD_TABLES[type];
  const label = RECORD_LABELS[type];
  const known = new Set([RECORD_TYPE_COLUMN, ...spec.columns.map((c) => c.column)]);
  const names = header.map(normaliseColumnName);
  const positions = new Map<string, number>();
  const unnamed: number[] = [];

  names.forEach((name, index) => {
    if (name === "") {
      unnamed.push(index);
      return;
    }
    if (!known.has(name)) {
      report(
        name.slice(0, MAX_COLUMN_NAME),
        CANONICAL_RULES.unknownColumn,
        "warning",
        `Column ${quoteValue(header[index])} is not a ${type} column, so it was ignored. The ${type} columns are: ${[...known].join(", ")}.`,
      );
      return;
    }
    if (positions.has(name)) {
      report(
        name,
        CANONICAL_RULES.duplicateColumn,
        "warning",
        `Column ${name} appears more than once in the header; only the first one was read.`,
      );
      return;
    }
    positions.set(name, index);
  });

  let usable = true;
  for (const column of spec.key) {
    if (positions.has(column)) continue;
    usable = false;
    report(
      column,
      CANONICAL_RULES.missingColumn,
      "error",
      `This ${type} file has no ${column} column. Every ${label} record needs one (${identifies(type, column)}), so the file was not read.`,
    );
  }
  if (!usable) return null;

  const width = names.findLastIndex((name) => name !== "") + 1;
  return {
    type,
    spec,
    positions,
    width,
    unnamed: unnamed.filter((index) => index < width),
  };
}
