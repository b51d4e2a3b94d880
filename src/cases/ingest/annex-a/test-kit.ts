/**
 * Helpers for the Annex A tests (not used by production code): running the parsers,
 * turning sample sheets into CSV with exceljs (an independent reader), writing test
 * workbooks, and hand-building zips for the hostile-archive tests.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import type { CaseRecord } from "../../model.ts";
import { type Problem, ProblemLog } from "../problems.ts";
import { parseAnnexACsv } from "./parse-csv.ts";
import { type AnnexAXlsxOptions, parseAnnexAXlsx } from "./parse-xlsx.ts";

/** `../shared` beside the project, as every developer and CI run has it. */
export const SAMPLES_DIR = fileURLToPath(
  new URL("../../../../../shared/data/samples/annex_a/", import.meta.url),
);
export const SHARED_DATA = fileURLToPath(new URL("../../../../../shared/data/", import.meta.url));

export interface Outcome {
  lists: { list: number; rows: number }[];
  records: CaseRecord[];
  problems: Problem[];
}

type Extra = { maxRows?: number; zipLimits?: AnnexAXlsxOptions["zipLimits"] };

export async function runXlsx(
  path: string,
  file = "test.xlsx",
  extra: Extra = {},
): Promise<Outcome> {
  const problems = new ProblemLog();
  const records: CaseRecord[] = [];
  const result = await parseAnnexAXlsx(path, {
    file,
    problems,
    sink: { add: (record) => void records.push(record) },
    ...extra,
  });
  return { lists: result.lists, records, problems: problems.problems };
}

export async function runCsv(
  input: AsyncIterable<Buffer | string> | string | Buffer,
  file = "test.csv",
  extra: Extra = {},
): Promise<Outcome> {
  const problems = new ProblemLog();
  const records: CaseRecord[] = [];
  const source =
    typeof input === "string" || Buffer.isBuffer(input) ? splitAt(toBuffer(input), []) : input;
  const result = await parseAnnexACsv(source, {
    file,
    problems,
    sink: { add: (record) => void records.push(record) },
    ...extra,
  });
  return { lists: result.lists, records, problems: problems.problems };
}

function toBuffer(input: string | Buffer): Buffer {
  return typeof input === "string" ? Buffer.from(input, "utf8") : input;
}

/** The bytes split at the given offsets: parsers must not care where chunks end. */
export async function* splitAt(data: Buffer, cuts: readonly number[]): AsyncGenerator<Buffer> {
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    if (cut <= from || cut >= data.length) continue;
    yield data.subarray(from, cut);
    from = cut;
  }
  yield data.subarray(from);
}

export function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

export const typeCounts = (outcome: Outcome) => countBy(outcome.records, (r) => r.type);
export const problemCounts = (outcome: Outcome) =>
  countBy(outcome.problems, (p) => `${p.rule}/${p.severity}/${p.column}`);

/** A scratch directory, removed by the returned function. */
export function scratchDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "annex-a-test-"));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

// --- sheets as CSV, read by exceljs (not by the code under test) ----------------------------

function dmy(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}

function excelValueText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return dmy(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (typeof value === "string") return value;
  const shape = value as Record<string, unknown>;
  if ("error" in shape) return "";
  if ("result" in shape || "formula" in shape || "sharedFormula" in shape) {
    return excelValueText(shape.result);
  }
  if (Array.isArray(shape.richText)) {
    return shape.richText.map((run) => String((run as { text?: unknown }).text ?? "")).join("");
  }
  if ("text" in shape) return excelValueText(shape.text);
  return "";
}

export function csvLine(cells: readonly string[]): string {
  return cells
    .map((cell) => (/[",\r\n]|^\s|\s$/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell))
    .join(",");
}

/** Every sheet of a workbook as CSV text (all rows from row 1, so row numbers agree). */
export async function sheetsAsCsv(path: string): Promise<{ name: string; csv: string }[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook.worksheets.map((sheet) => {
    const lines: string[] = [];
    for (let r = 1; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      const cells: string[] = [];
      for (let c = 1; c <= sheet.columnCount; c++) cells.push(excelValueText(row.getCell(c).value));
      lines.push(csvLine(cells));
    }
    return { name: sheet.name, csv: `${lines.join("\r\n")}\r\n` };
  });
}

/** Writes a workbook with exceljs: each sheet's rows as given (Dates stay date cells). */
export async function writeWorkbook(
  path: string,
  sheets: { name: string; rows: unknown[][] }[],
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    for (const row of sheet.rows) worksheet.addRow(row);
  }
  await workbook.xlsx.writeFile(path);
}

// --- hand-built zips ---------------------------------------------------------------------------

export interface ZipPart {
  name: string;
  data: Buffer | string;
  /** 0 stored, 8 deflated (default). */
  method?: 0 | 8;
  /** Uncompressed size to declare instead of the true one (zip-bomb tests). */
  declaredSize?: number;
  /** Sizes in a data descriptor after the data (bit 3), as streaming writers do. */
  descriptor?: boolean;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A plain zip (no ZIP64) with exactly these parts, in this order. */
export function buildZip(parts: readonly ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const raw = Buffer.isBuffer(part.data) ? part.data : Buffer.from(part.data, "utf8");
    const method = part.method ?? 8;
    const body = method === 8 ? deflateRawSync(raw) : raw;
    const size = part.declaredSize ?? raw.length;
    const name = Buffer.from(part.name, "utf8");
    const crc = crc32(raw);
    const flags = 0x800 | (part.descriptor ? 0x8 : 0);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    if (!part.descriptor) {
      local.writeUInt32LE(crc, 14);
      local.writeUInt32LE(body.length, 18);
      local.writeUInt32LE(size, 22);
    }
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, body);
    let length = 30 + name.length + body.length;
    if (part.descriptor) {
      const descriptor = Buffer.alloc(16);
      descriptor.writeUInt32LE(0x08074b50, 0);
      descriptor.writeUInt32LE(crc, 4);
      descriptor.writeUInt32LE(body.length, 8);
      descriptor.writeUInt32LE(size, 12);
      locals.push(descriptor);
      length += 16;
    }
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function xmlEscape(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** The parts of a minimal workbook with one sheet of inline-string cells. */
export function minimalWorkbookParts(sheetName: string, rows: readonly string[][]): ZipPart[] {
  const sheetRows = rows
    .map(
      (cells, r) =>
        `<row r="${r + 1}">${cells
          .map(
            (cell, c) =>
              `<c r="${String.fromCharCode(65 + c)}${r + 1}" t="inlineStr"><is><t>${xmlEscape(cell)}</t></is></c>`,
          )
          .join("")}</row>`,
    )
    .join("");
  const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  return [
    {
      name: "[Content_Types].xml",
      data: `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`,
    },
    {
      name: "xl/workbook.xml",
      data: `<?xml version="1.0"?><workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="${xmlEscape(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    },
    {
      name: "xl/worksheets/sheet1.xml",
      data: `<?xml version="1.0"?><worksheet xmlns="${main}"><sheetData>${sheetRows}</sheetData></worksheet>`,
    },
  ];
}

export function writeZip(path: string, parts: readonly ZipPart[]): void {
  writeFileSync(path, buildZip(parts));
}
