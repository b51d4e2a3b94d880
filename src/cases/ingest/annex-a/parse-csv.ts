/**
 * One Annex A list as a CSV file (what "Save as CSV" gives for one sheet of the
 * template, title row and all). The list is recognised from its header row among the
 * first rows; the file name ("List 3 Referrals.csv") is only a hint.
 */

import { readCsvRecords } from "./csv-records.ts";
import { listHint } from "./headers.ts";
import { HEADER_SCAN_ROWS } from "./limits.ts";
import { ListReader } from "./list-reader.ts";
import { type AnnexAParseOptions, type AnnexAResult, ParseContext } from "./parse-context.ts";
import { RULES } from "./rules.ts";

export async function parseAnnexACsv(
  input: AsyncIterable<Buffer | string>,
  options: AnnexAParseOptions,
): Promise<AnnexAResult> {
  const ctx = new ParseContext(options);
  const reader = new ListReader(ctx, { sheetName: null, nameHint: listHint(options.file) });
  const records = readCsvRecords(input);
  try {
    for await (const item of records) {
      if (item.kind === "malformed") {
        ctx.fatal(item.number, null, RULES.csvMalformed, item.message);
        break;
      }
      await reader.row({ number: item.number, cells: item.fields });
      if (ctx.stopped) break;
      // No header among the first rows: stop reading, the file is not a list.
      if (reader.list === null && item.number >= HEADER_SCAN_ROWS) break;
    }
  } finally {
    await records.return(undefined);
  }
  if (!ctx.stopped && reader.list === null) {
    ctx.fatal(
      null,
      null,
      RULES.noLists,
      `No Annex A list was found: none of the first ${HEADER_SCAN_ROWS} rows is the header row of one of Lists 1-11 (it needs the "Child Unique ID" column and a column only that list has, such as "Date of referral").`,
    );
  }
  await ctx.emitChildren();
  return ctx.result();
}
