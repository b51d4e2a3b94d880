import type { CaseRecord } from "../../model.ts";
import type { Severity } from "../problems.ts";
import { buildRecord, type RecordContext } from "./records.ts";
import { RULES, type RuleCode } from "./rules.ts";
import { type Ssda903Table, TABLE_SPECS } from "./tables.ts";
import { type RowSource, validateRow } from "./validate-row.ts";
import { HEADER_SCALARS, xmlNameOf } from "./xml-layout.ts";

/** A leaf element's text and where it was. */
export interface XmlField {
  text: string;
  line: number;
  path: string;
}

/** The fields of one element that stands for a row (HEADER, EPISODE, AREVIEW...). */
export interface XmlGroup {
  table: Ssda903Table;
  line: number;
  path: string;
  fields: Map<string, XmlField>;
}

export type XmlReport = (
  at: { line: number; path: string },
  column: string,
  rule: RuleCode,
  severity: Severity,
  message: string,
) => void;

/** One CHILD element while it is being read. */
export interface XmlChild {
  line: number;
  path: string;
  header: XmlGroup | null;
  /** Decided when the first HEADER closes: the CHILDID, or null if it has none. */
  id: XmlField | null;
  decided: boolean;
  /** Rows that closed before the CHILDID was known (only in out-of-order files). */
  waiting: XmlGroup[];
}

export function newChild(line: number, path: string): XmlChild {
  return { line, path, header: null, id: null, decided: false, waiting: [] };
}

/**
 * Turns a CHILD's rows into records as they complete, so a well-ordered return (CHILDID
 * first, as the schema has it) is streamed row by row rather than held per child. Every
 * row needs the CHILDID to be keyed: rows that complete before it is known wait, and
 * without one the whole CHILD is reported once and skipped.
 */
export function childAssembler(
  context: RecordContext,
  report: XmlReport,
  emit: (record: CaseRecord) => void,
) {
  const take = (
    child: XmlChild,
    group: XmlGroup,
    table: Ssda903Table,
    only: readonly string[] | null,
  ) => {
    if (!child.id) return;
    const clean = validateRow(TABLE_SPECS[table], groupSource(group, child.id, only, report));
    if (!clean) return;
    const record = buildRecord(table, clean, context);
    if (record) emit(record);
  };

  const headerRows = (child: XmlChild, header: XmlGroup) => {
    for (const { table, columns } of HEADER_SCALARS) {
      // The header row always exists; the others only when the LA recorded something.
      const recorded = columns.some(
        (c) => (header.fields.get(xmlNameOf(c))?.text.trim() ?? "") !== "",
      );
      if (table === "header" || recorded) take(child, header, table, columns);
    }
  };

  const missingId = (child: XmlChild) => {
    const at = child.header?.fields.get("CHILDID") ?? {
      line: child.header?.line ?? child.line,
      path: `${child.header?.path ?? `${child.path}/HEADER`}/CHILDID`,
    };
    report(
      at,
      "CHILDID",
      RULES.missingMandatory,
      "error",
      "This CHILD has no CHILDID, so none of its header, episode, review or other details can be loaded.",
    );
  };

  /** The CHILDID as read so far, if it is there and not blank. */
  const idSoFar = (child: XmlChild) => {
    const field = child.header?.fields.get("CHILDID");
    return field && field.text.trim() !== "" ? field : null;
  };

  /** Settles the child's id once (first HEADER closed, or CHILD closed without one). */
  const decide = (child: XmlChild) => {
    if (child.decided) return;
    child.decided = true;
    child.id = idSoFar(child);
    if (!child.id) missingId(child);
    else if (child.header) headerRows(child, child.header);
    // Without an id these are dropped: the CHILD has been reported once, above.
    for (const group of child.waiting.splice(0)) take(child, group, group.table, null);
  };

  return {
    /** A row element (EPISODE, AREVIEW, OC2...) has closed. */
    rowClosed(child: XmlChild, group: XmlGroup) {
      if (!child.decided) {
        child.id = idSoFar(child);
        if (!child.id) {
          child.waiting.push(group);
          return;
        }
      }
      take(child, group, group.table, null);
    },
    headerClosed: decide,
    childClosed: decide,
  };
}

/** A RowSource over an XML group; `only` limits it to some columns (shared HEADER). */
function groupSource(
  group: XmlGroup,
  idField: XmlField,
  only: readonly string[] | null,
  report: XmlReport,
): RowSource {
  const fieldOf = (column: string) =>
    column === "CHILD" ? idField : group.fields.get(xmlNameOf(column));
  return {
    value: (column) => {
      if (column !== "CHILD" && only && !only.includes(column)) return undefined;
      return fieldOf(column)?.text;
    },
    label: xmlNameOf,
    report: (column, rule, severity, message) => {
      const at = fieldOf(column) ?? {
        line: group.line,
        path: `${group.path}/${xmlNameOf(column)}`,
      };
      report(at, xmlNameOf(column), rule, severity, message);
    },
  };
}
