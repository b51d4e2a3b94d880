import { MAX_CSV_RECORD_BYTES } from "./limits.ts";
import { RULES, type RuleCode } from "./rules.ts";
import { type childAssembler, newChild, type XmlChild, type XmlGroup } from "./xml-child.ts";
import { EPISODE, FIELD_NAMES, HEADER_GROUPS, ROW_ELEMENTS, XML_ROOT } from "./xml-layout.ts";

/** A value longer than a whole CSV record is not a 903 value; same bound as the CSV reader. */
const MAX_FIELD_CHARS = MAX_CSV_RECORD_BYTES;

type Role = "root" | "child" | "header" | "group" | "field";

interface Frame {
  role: Role;
  name: string;
  path: string;
  line: number;
  /** Children seen so far by name, for `[n]` indices in paths. */
  counts: Map<string, number>;
  /** The group a field frame (or group frame) writes into. */
  group: XmlGroup | null;
  /** Text of a field frame. */
  text: string;
}

export interface XmlWalkerHooks {
  maxRows: number;
  rows: ReturnType<typeof childAssembler>;
  /** Reports a problem that ends the read; the walker ignores everything after it. */
  fatal(line: number, path: string | null, rule: RuleCode, message: string): void;
}

/**
 * Follows the element structure of an SSDA903 return (EXPSSDA903 > CHILD > HEADER with
 * its fields and row groups, EPISODE) and collects the text of known fields into row
 * groups, handing each completed row to the child assembler. Elements it does not know
 * are skipped whole; it never sees XML syntax, only open/close/text events.
 */
export function createXmlWalker(hooks: XmlWalkerHooks) {
  const stack: Frame[] = [];
  /** Depth inside elements we skip (unknown, or nested in a field). */
  let skipDepth = 0;
  let child: XmlChild | null = null;
  let rowElements = 0;
  let children = 0;
  let stopped = false;

  const fatal = (line: number, path: string | null, rule: RuleCode, message: string) => {
    stopped = true;
    hooks.fatal(line, path, rule, message);
  };

  function push(role: Role, name: string, line: number, group: XmlGroup | null): Frame {
    const parent = stack.at(-1);
    let path = `/${name}`;
    if (parent) {
      const index = (parent.counts.get(name) ?? 0) + 1;
      parent.counts.set(name, index);
      path = `${parent.path}/${name}${ROW_ELEMENTS.has(name) ? `[${index}]` : ""}`;
    }
    const frame: Frame = { role, name, path, line, counts: new Map(), group, text: "" };
    stack.push(frame);
    return frame;
  }

  /**
   * Counts an element that stands for a row (CHILD, EPISODE and the HEADER groups);
   * false, after a fatal problem, past the cap. Counting every one bounds the work and
   * what a single CHILD can make us hold.
   */
  function countRow(line: number, name: string): boolean {
    rowElements++;
    if (rowElements <= hooks.maxRows) return true;
    fatal(
      line,
      `${stack.at(-1)?.path ?? ""}/${name}`,
      RULES.tooManyRecords,
      `The file has more than ${hooks.maxRows.toLocaleString("en-GB")} children, episodes, reviews and other rows, the most one import accepts. Nothing from this point on was read.`,
    );
    return false;
  }

  function group(name: string, line: number, table: XmlGroup["table"]): void {
    const frame = push("group", name, line, null);
    frame.group = { table, line, path: frame.path, fields: new Map() };
  }

  /** Where the element goes; false to skip it (and everything inside it). */
  function enter(name: string, line: number): boolean {
    const parent = stack.at(-1);
    if (!parent) {
      if (name === XML_ROOT) {
        push("root", name, line, null);
      } else {
        fatal(
          line,
          `/${name}`,
          RULES.unknownTable,
          `This XML file is not an SSDA903 return: its root element is <${name}>, not <${XML_ROOT}>.`,
        );
      }
      return true;
    }
    switch (parent.role) {
      case "root":
        if (name !== "CHILD" || !countRow(line, name)) return false;
        child = newChild(line, push("child", name, line, null).path);
        return true;
      case "child":
        if (!child) return false;
        if (name === "HEADER") {
          const frame = push("header", name, line, null);
          // A second HEADER would be invalid; its fields simply join the first.
          child.header ??= { table: "header", line, path: frame.path, fields: new Map() };
          frame.group = child.header;
          return true;
        }
        if (name !== EPISODE || !countRow(line, name)) return false;
        group(name, line, "episodes");
        return true;
      case "header": {
        const table = HEADER_GROUPS[name];
        if (table) {
          if (!countRow(line, name)) return false;
          group(name, line, table);
          return true;
        }
        if (!FIELD_NAMES.has(name)) return false;
        push("field", name, line, parent.group);
        return true;
      }
      case "group":
        if (!FIELD_NAMES.has(name)) return false;
        push("field", name, line, parent.group);
        return true;
      case "field":
        return false;
    }
  }

  return {
    get children() {
      return children;
    },

    currentPath(): string | null {
      return stack.at(-1)?.path ?? null;
    },

    open(name: string, line: number): void {
      if (stopped) return;
      if (skipDepth > 0) skipDepth++;
      else if (!enter(name, line)) skipDepth = 1;
    },

    close(): void {
      if (stopped) return;
      if (skipDepth > 0) {
        skipDepth--;
        return;
      }
      const frame = stack.pop();
      if (!frame || frame.role === "root") return;
      if (frame.role === "field" && frame.group) {
        frame.group.fields.set(frame.name, {
          text: frame.text,
          line: frame.line,
          path: frame.path,
        });
      } else if (!child) {
        return;
      } else if (frame.role === "group" && frame.group) {
        hooks.rows.rowClosed(child, frame.group);
      } else if (frame.role === "header") {
        hooks.rows.headerClosed(child);
      } else if (frame.role === "child") {
        hooks.rows.childClosed(child);
        child = null;
        children++;
      }
    },

    text(text: string): void {
      if (stopped || skipDepth > 0) return;
      const frame = stack.at(-1);
      if (frame?.role !== "field") return;
      frame.text += text;
      if (frame.text.length > MAX_FIELD_CHARS) {
        fatal(
          frame.line,
          frame.path,
          RULES.xmlMalformed,
          `The value of ${frame.name} is longer than ${MAX_FIELD_CHARS.toLocaleString("en-GB")} characters; no SSDA903 value is. The rest of the file was not read.`,
        );
      }
    },
  };
}
