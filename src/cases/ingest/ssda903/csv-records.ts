import { type CsvError, parse } from "csv-parse";
import { drained, ended } from "../csv/parser-flow.ts";
import { slicesOf } from "./byte-slices.ts";
import { MAX_CSV_RECORD_BYTES } from "./limits.ts";

export type CsvItem =
  | { kind: "record"; fields: string[] }
  /** The CSV cannot be read past this point; always the last item. */
  | { kind: "malformed"; message: string };

/**
 * Streams CSV records (arrays of raw fields) out of byte chunks with csv-parse.
 *
 * csv-parse is driven by hand rather than piped: `on_record` takes each record off the
 * parser as it is parsed (returning null keeps it out of the stream's own buffer), so
 * records and a parse error come out in file order, and the caller's awaits between
 * slices are the only buffering. csv-parse's `skip_records_with_error` is deliberately
 * not used: after an over-long record it behaves differently depending on chunk
 * boundaries, and a reader whose output depends on chunking cannot be trusted. Any
 * csv-parse error therefore ends the file.
 */
export async function* readCsvRecords(
  input: AsyncIterable<Buffer | string>,
): AsyncGenerator<CsvItem, void, undefined> {
  const pending: string[][] = [];
  let failure: CsvError | Error | null = null;
  const parser = parse({
    bom: true,
    // Column counts are checked by the caller, which knows the header and can say
    // which row is short; quotes inside unquoted values (O"Neil) are kept literally.
    relax_column_count: true,
    relax_quotes: true,
    max_record_size: MAX_CSV_RECORD_BYTES,
    // Explicit so a file mixing CRLF and LF rows still splits on every line end.
    record_delimiter: ["\r\n", "\n", "\r"],
    on_record: (record: string[]) => {
      pending.push(record);
      return null;
    },
  });
  parser.on("error", (error) => {
    failure ??= error;
  });
  // Nothing reaches the readable side, but keep it flowing so it can never hold up
  // the writable side.
  parser.resume();

  try {
    for await (const chunk of input) {
      for (const slice of slicesOf(chunk)) {
        // csv-parse parses synchronously inside write(), so the records of this slice
        // are already pending and a parse error has already destroyed the parser
        // (`errored` is set at once; the "error" event only comes on a later tick).
        const roomForMore = parser.write(slice);
        yield* takePending(pending);
        const error = parser.errored ?? failure;
        if (error) {
          yield { kind: "malformed", message: describe(error) };
          return;
        }
        if (!roomForMore) await drained(parser);
      }
    }
    await ended(parser);
    yield* takePending(pending);
    const error = parser.errored ?? failure;
    if (error) yield { kind: "malformed", message: describe(error) };
  } finally {
    // Stops a parser abandoned part-way (caller stopped early, or a sink threw).
    parser.destroy();
  }
}

function* takePending(pending: string[][]): Generator<CsvItem> {
  // Empty the queue before yielding, so nothing is handed out twice whatever the caller
  // does between items.
  const batch = pending.splice(0, pending.length);
  for (const fields of batch) yield { kind: "record", fields };
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
      return `The file could not be read as CSV from this row on (${code || "error"}: ${error.message}).`;
  }
}
