import type { Severity } from "../problems.ts";
import { SSDA903_CODE_LISTS } from "./code-lists.ts";
import { isoToDmy, readSsdaDate } from "./dates.ts";
import { readFlag } from "./flags.ts";
import { RULES, type RuleCode } from "./rules.ts";
import { COLUMN_LABELS, type TableSpec } from "./tables.ts";

/**
 * One row of an SSDA903 table as the validator sees it, whatever it came from: a CSV
 * record or the elements of an XML group. The source decides where a problem points
 * (row and column for CSV, line and element path for XML).
 */
export interface RowSource {
  /** Raw text of a column, or undefined when the file has no such column/element. */
  value(column: string): string | undefined;
  /** The column's name as the user sees it in their file (XML uses CHILDID, PL). */
  label(column: string): string;
  report(column: string, rule: RuleCode, severity: Severity, message: string): void;
}

/** A row that passed validation: values trimmed, codes upper-cased, dates ISO. */
export interface CleanRow {
  /** Trimmed text, ISO date or upper-cased code; null when empty or absent. */
  text(column: string): string | null;
  flag(column: string): boolean | null;
}

/** Lists longer than this are not spelled out in messages: they would drown the point. */
const MAX_CODES_IN_MESSAGE = 12;

/**
 * Validates one row against its table spec. Every problem is reported through the
 * source; the row comes back only if it has no errors (warnings do not stop it), so an
 * error always means "this row was not loaded".
 */
export function validateRow(spec: TableSpec, source: RowSource): CleanRow | null {
  const texts = new Map<string, string | null>();
  const flags = new Map<string, boolean | null>();
  const unreadable = new Set<string>();
  let rejected = false;

  const describe = (column: string, atStart = true) => {
    const label = COLUMN_LABELS[column];
    const name = source.label(column);
    if (!label) return name;
    return `${atStart ? capitalise(label) : label} (${name})`;
  };

  for (const column of spec.columns) {
    const raw = source.value(column);
    if (raw === undefined) {
      texts.set(column, null);
      continue;
    }
    const text = raw.trim();
    if (spec.dates.includes(column) || spec.partialDates.includes(column)) {
      const reading = readSsdaDate(raw, { allowPartial: spec.partialDates.includes(column) });
      if (reading.kind === "invalid") {
        source.report(
          column,
          RULES.dateInvalid,
          "error",
          `${describe(column)} "${text}" is not a real date. Dates must be written DD/MM/YYYY, for example 31/03/2024.`,
        );
        unreadable.add(column);
        rejected = true;
        texts.set(column, null);
      } else if (reading.kind === "iso") {
        source.report(
          column,
          RULES.dateFormat,
          "warning",
          `${describe(column)} "${text}" is written YYYY-MM-DD; it was read as ${isoToDmy(reading.iso)}, but the return uses DD/MM/YYYY.`,
        );
        texts.set(column, reading.iso);
      } else if (reading.kind === "ok") {
        texts.set(column, reading.iso);
      } else {
        // empty, or a partial date that is valid but names no single day.
        texts.set(column, reading.kind === "partial" ? text : null);
      }
    } else if (spec.flags.includes(column)) {
      const flag = readFlag(raw);
      if (flag === undefined) {
        source.report(
          column,
          RULES.unknownCode,
          "warning",
          `${describe(column)} "${text}" is not 0 or 1; it was treated as not recorded.`,
        );
      }
      flags.set(column, flag ?? null);
      texts.set(column, text === "" ? null : text);
    } else if (spec.codes[column] !== undefined) {
      const code = text.toUpperCase();
      const listKey = spec.codes[column];
      const list = SSDA903_CODE_LISTS[listKey];
      if (!list) throw new Error(`internal: no SSDA903 code list ${listKey}`);
      const extra = spec.extraCodes[column] ?? [];
      if (code !== "" && !list.includes(code) && !extra.includes(code)) {
        const known = [...list, ...extra];
        const hint =
          known.length <= MAX_CODES_IN_MESSAGE ? ` Expected one of ${known.join(", ")}.` : "";
        source.report(
          column,
          RULES.unknownCode,
          "warning",
          `${describe(column)} "${text}" is not in the SSDA903 code list.${hint} The value was kept as supplied.`,
        );
      }
      texts.set(column, code === "" ? null : code);
    } else {
      texts.set(column, text === "" ? null : text);
    }
  }

  for (const column of spec.mandatory) {
    if (texts.get(column) !== null || unreadable.has(column)) continue;
    source.report(
      column,
      RULES.missingMandatory,
      "error",
      `${describe(column)} is empty, so this ${spec.title} row cannot be loaded.`,
    );
    rejected = true;
  }

  for (const [start, end] of spec.periods) {
    const from = texts.get(start);
    const to = texts.get(end);
    // ISO strings compare correctly as text.
    if (from && to && to < from) {
      source.report(
        end,
        RULES.endBeforeStart,
        "warning",
        `${describe(end)} ${isoToDmy(to)} is before ${describe(start, false)} ${isoToDmy(from)}. The row was loaded; check both dates.`,
      );
    }
  }

  if (rejected) return null;
  return {
    text: (column) => texts.get(column) ?? null,
    flag: (column) => flags.get(column) ?? null,
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
