/**
 * Streams CSV records out of byte chunks with csv-parse, driven by hand: each slice is
 * written, the records it completed are taken off at once (`on_record` keeps them out
 * of the stream's own buffer), and the caller's awaits between slices are the only
 * buffering. Any csv-parse error ends the file: after a runaway quote nothing that
 * follows can be trusted to be the row it looks like.
 */

import { type CsvError, parse } from "csv-parse";
import { drained, ended } from "../csv/parser-flow.ts";
import { CSV_SLICE_BYTES, MAX_CSV_RECORD_BYTES } from "./limits.ts";

export type CsvItem =
  /** `number` is the record's 1-based position: the row a spreadsheet shows it on. */
  | { kind: "record"; number: number; fields: string[] }
  /** The CSV cannot be read past this point; always the last item. */
  | { kind: "malformed"; number: number; message: string };

export async function* readCsvRecords(
  input: AsyncIterable<Buffer | string>,
): AsyncGenerator<CsvItem, void, undefined> {
  const pending: string[][] = [];
  let failure: CsvError | Error | null = null;
  let number = 0;
  const parser = parse({
    bom: true,
    // Short rows are fine (missing trailing cells are blank); quotes inside unquoted
    // values (O"Neil) are kept as written.
    relax_column_count: true,
    relax_quotes: true,
    max_record_size: MAX_CSV_RECORD_BYTES,
    // Blank lines stay records so record numbers stay the rows a spreadsheet shows.
    skip_empty_lines: false,
    record_delimiter: ["\r\n", "\n", "\r"],
    on_record: (record: string[]) => {
      pending.push(record);
      return null;
    },
  });
  parser.on("error", (error) => {
    failure ??= error;
  });
  // Nothing reaches the readable side; keep it flowing so it never holds up writes.
  parser.resume();

  function* take(): Generator<CsvItem> {
    const batch = pending.splice(0, pending.length);
    for (const fields of batch) yield { kind: "record", number: ++number, fields };
  }

  try {
    for await (const chunk of input) {
      const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
      for (let at = 0; at < bytes.length; at += CSV_SLICE_BYTES) {
        // csv-parse parses synchronously inside write(): the slice's records are pending
        // and any error is already recorded on `errored` when write() returns.
        const roomForMore = parser.write(bytes.subarray(at, at + CSV_SLICE_BYTES));
        yield* take();
        const error = parser.errored ?? failure;
        if (error) {
          yield { kind: "malformed", number: number + 1, message: describe(error) };
          return;
        }
        if (!roomForMore) await drained(parser);
      }
    }
    await ended(parser);
    yield* take();
    const error = parser.errored ?? failure;
    if (error) yield { kind: "malformed", number: number + 1, message: describe(error) };
  } finally {
    parser.destroy();
  }
}

function describe(error: CsvError | Error): string {
  const code = "code" in error ? String(error.code) : "";
  switch (code) {
    case "CSV_QUOTE_NOT_CLOSED":
      return 'A quoted value starts in this row and its closing quote (") never comes, so the rest of the file cannot be read.';
    case "CSV_MAX_RECORD_SIZE":
      return `This row is longer than ${MAX_CSV_RECORD_BYTES.toLocaleString("en-GB")} bytes, which usually means the file is not comma-separated or a quote is not closed. The rest of the file was not read.`;
    case "CSV_INVALID_CLOSING_QUOTE":
    case "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE":
      return 'A quoted value in this row has characters after its closing quote ("), so the rest of the file cannot be read reliably.';
    default:
      return `The file could not be read as CSV from this row on (${code || "error"}).`;
  }
}
