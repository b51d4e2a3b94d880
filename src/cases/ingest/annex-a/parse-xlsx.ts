/**
 * An Annex A workbook (the Ofsted template, 2019 or 2024 layout, or an LA's own with
 * list sheets in it). The zip is checked first (zip-guard.ts); then the workbook parts
 * are read by random access and each sheet streamed row by row (sheet-rows.ts), so a
 * 100k-row workbook never sits in memory. Sheets are taken in tab order and recognised
 * by their header row (list-reader.ts), the sheet name ("List 3", "List_3",
 * "Referrals") being a hint; sheets that are no list (Front sheet, Guidance, Codes
 * used) are passed over.
 *
 * Why not exceljs's streaming WorkbookReader: in exceljs 4.4 it reads the zip as one
 * pass and, when sheets come before sharedStrings.xml (as in every sample here), parks
 * them in temp files; the unzip stream then ends early and whole sheets are silently
 * dropped (Lists 9-11 of liia-tools' Annex_A.xlsx, three sheets of the 2024 sample), and
 * the sheets it does return have unresolved shared strings and undated numbers. It also
 * decodes UTF-8 chunk by chunk. A reader that silently loses lists cannot load a return.
 */

import { listHint } from "./headers.ts";
import { DEFAULT_ZIP_LIMITS, MAX_SHARED_STRINGS_BYTES, type ZipLimits } from "./limits.ts";
import { ListReader } from "./list-reader.ts";
import { type AnnexAParseOptions, type AnnexAResult, ParseContext } from "./parse-context.ts";
import { RULES } from "./rules.ts";
import { sheetRows } from "./sheet-rows.ts";
import {
  readDateStyles,
  readRelationships,
  readSharedStrings,
  readWorkbookPart,
} from "./xlsx-parts.ts";
import { XmlFault } from "./xml-events.ts";
import { entryStream } from "./zip-entries.ts";
import { inspectZip, type ZipEntry } from "./zip-guard.ts";

export interface AnnexAXlsxOptions extends AnnexAParseOptions {
  /** Overrides for the zip checks' limits (tests use small ones). */
  zipLimits?: Partial<ZipLimits>;
}

class WorkbookFault extends Error {}

export async function parseAnnexAXlsx(
  path: string,
  options: AnnexAXlsxOptions,
): Promise<AnnexAResult> {
  const ctx = new ParseContext(options);
  const verdict = await inspectZip(path, { ...DEFAULT_ZIP_LIMITS, ...options.zipLimits });
  if (!verdict.ok) {
    ctx.fatal(
      null,
      null,
      RULES.xlsxMalformed,
      `This file cannot be opened as an Excel workbook: ${verdict.reason}. Nothing was loaded.`,
    );
    return ctx.result();
  }
  const entries = new Map(verdict.entries.map((entry) => [entry.name, entry]));
  const open = (name: string) => {
    const entry = entries.get(name);
    if (!entry) throw new WorkbookFault(`its part ${name} is missing`);
    return entryStream(path, entry);
  };

  let part = "xl/workbook.xml";
  let sheetName: string | null = null;
  try {
    const workbook = await readWorkbookPart(open(part));
    ctx.date1904 = workbook.date1904;
    part = "xl/_rels/workbook.xml.rels";
    const rels = await readRelationships(open(part));
    const partOfType = (type: string, fallback: string) =>
      [...rels.values()].find((rel) => rel.type === type)?.path ?? fallback;

    part = partOfType("sharedStrings", "xl/sharedStrings.xml");
    const stringsEntry: ZipEntry | undefined = entries.get(part);
    if (stringsEntry && stringsEntry.uncompressedSize > MAX_SHARED_STRINGS_BYTES) {
      throw new WorkbookFault("its shared strings table is larger than any Annex A return needs");
    }
    const sharedStrings = stringsEntry ? await readSharedStrings(open(part)) : [];
    part = partOfType("styles", "xl/styles.xml");
    const dateStyles = entries.has(part) ? await readDateStyles(open(part)) : [];

    for (const sheet of workbook.sheets) {
      const rel = rels.get(sheet.relId);
      // Chart sheets and dialog sheets hold no rows.
      if (rel?.type !== "worksheet") continue;
      part = rel.path;
      sheetName = sheet.name;
      const reader = new ListReader(ctx, { sheetName, nameHint: listHint(sheetName) });
      const rows = sheetRows(open(part), {
        sharedStrings,
        dateStyles,
        date1904: workbook.date1904,
      });
      try {
        for await (const row of rows) {
          await reader.row(row);
          if (ctx.stopped) break;
        }
      } finally {
        await rows.return(undefined);
      }
      reader.finish();
      if (ctx.stopped) break;
    }
  } catch (error) {
    // Anything else (the sink failing) is not the file's fault: the loader reports it.
    if (!(error instanceof XmlFault || error instanceof WorkbookFault)) throw error;
    ctx.fatal(
      null,
      sheetName === null ? null : `${sheetName}!`,
      RULES.xlsxMalformed,
      `The workbook could not be read: ${sheetName === null ? "" : `sheet "${sheetName}" (${part}): `}${describe(error)}. Nothing was loaded.`,
    );
  }

  if (!ctx.stopped && ctx.lists.length === 0) {
    ctx.fatal(
      null,
      null,
      RULES.noLists,
      'No Annex A list was found in this workbook: no sheet has, in its first rows, the header row of one of Lists 1-11 (the "Child Unique ID" column and a column only that list has, such as "Date of referral").',
    );
  }
  await ctx.emitChildren();
  return ctx.result();
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // Parser messages can quote file content; keep them short and on one line.
  const line = message.replace(/\s+/g, " ").trim();
  return line.length > 160 ? `${line.slice(0, 157)}...` : line || "unknown fault";
}
