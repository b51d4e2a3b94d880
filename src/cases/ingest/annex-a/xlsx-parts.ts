/**
 * The workbook-level parts of an xlsx: which sheets there are (in tab order) and where
 * each lives, the shared strings table, which cell styles are dates, and whether dates
 * count from 1904.
 */
import { posix } from "node:path";
import { attribute, type XmlEvent, xmlEvents } from "./xml-events.ts";

type Events = AsyncIterable<Buffer | string>;

export interface SheetRef {
  name: string;
  /** Relationship id, resolved to a part path through the workbook's rels. */
  relId: string;
}

export interface WorkbookInfo {
  sheets: SheetRef[];
  date1904: boolean;
}

async function each(input: Events, visit: (event: XmlEvent) => void): Promise<void> {
  for await (const batch of xmlEvents(input)) for (const event of batch) visit(event);
}

export async function readWorkbookPart(input: Events): Promise<WorkbookInfo> {
  const info: WorkbookInfo = { sheets: [], date1904: false };
  await each(input, (event) => {
    if (event.kind !== "open") return;
    if (event.name === "workbookPr") {
      const value = attribute(event.attributes, "date1904");
      info.date1904 = value === "1" || value === "true";
    } else if (event.name === "sheet") {
      const name = attribute(event.attributes, "name");
      const relId = attribute(event.attributes, "id", true);
      if (name !== undefined && relId !== undefined) info.sheets.push({ name, relId });
    }
  });
  return info;
}

export interface Relationship {
  /** The part path inside the zip ("xl/worksheets/sheet1.xml"). */
  path: string;
  /** The relationship type's last segment: "worksheet", "sharedStrings", "styles"... */
  type: string;
}

/** `xl/_rels/workbook.xml.rels`: relationship id -> part. Targets are relative to xl/. */
export async function readRelationships(input: Events): Promise<Map<string, Relationship>> {
  const rels = new Map<string, Relationship>();
  await each(input, (event) => {
    if (event.kind !== "open" || event.name !== "Relationship") return;
    const id = attribute(event.attributes, "Id");
    const target = attribute(event.attributes, "Target");
    const type = attribute(event.attributes, "Type") ?? "";
    const mode = attribute(event.attributes, "TargetMode");
    if (id === undefined || target === undefined || mode === "External") return;
    const path = target.startsWith("/")
      ? posix.normalize(target.slice(1))
      : posix.normalize(posix.join("xl", target));
    rels.set(id, { path, type: type.slice(type.lastIndexOf("/") + 1) });
  });
  return rels;
}

/** `sharedStrings.xml`: each `si` is one string, its `t` texts joined (phonetic runs skipped). */
export async function readSharedStrings(input: Events): Promise<string[]> {
  const strings: string[] = [];
  let current: string[] | null = null;
  let inText = false;
  let phonetic = 0;
  await each(input, (event) => {
    if (event.kind === "open") {
      if (event.name === "si") current = [];
      else if (event.name === "rPh") phonetic++;
      else if (event.name === "t" && phonetic === 0) inText = true;
    } else if (event.kind === "close") {
      if (event.name === "si") {
        strings.push(current ? current.join("") : "");
        current = null;
      } else if (event.name === "rPh") phonetic--;
      else if (event.name === "t") inText = false;
    } else if (inText && current) {
      current.push(event.text);
    }
  });
  return strings;
}

/** Built-in number formats that show a date (ECMA-376 18.8.30, plus the CJK date ids). */
const BUILT_IN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 57, 58,
]);

/**
 * A custom format shows a date if, outside quotes, brackets and escapes, it has a day or
 * year part. Formats with "m" alone are times ("mm:ss") or a bare month: not dates.
 */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/\\./g, "")
    .replace(/[_*]./g, "");
  return /[dy]/i.test(bare);
}

/** `styles.xml`: for each cell style index (the `s` of a cell), whether it shows a date. */
export async function readDateStyles(input: Events): Promise<boolean[]> {
  const custom = new Map<number, string>();
  const dateStyles: boolean[] = [];
  let inCellXfs = false;
  const styleNumFmts: number[] = [];
  await each(input, (event) => {
    if (event.kind === "open") {
      if (event.name === "numFmt") {
        const id = Number(attribute(event.attributes, "numFmtId"));
        const code = attribute(event.attributes, "formatCode");
        if (Number.isInteger(id) && code !== undefined) custom.set(id, code);
      } else if (event.name === "cellXfs") {
        inCellXfs = true;
      } else if (event.name === "xf" && inCellXfs) {
        styleNumFmts.push(Number(attribute(event.attributes, "numFmtId") ?? "0"));
      }
    } else if (event.kind === "close" && event.name === "cellXfs") {
      inCellXfs = false;
    }
  });
  for (const id of styleNumFmts) {
    const code = custom.get(id);
    dateStyles.push(code !== undefined ? isDateFormat(code) : BUILT_IN_DATE_FORMATS.has(id));
  }
  return dateStyles;
}
