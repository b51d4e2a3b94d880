import { type CsvError, type Options, parse } from "csv-parse";
import { drained, ended } from "../csv/parser-flow.ts";
import { MAX_RECORD_BYTES, SLICE_BYTES } from "./limits.ts";

export type CsvItem =
  | { kind: "row"; fields: string[] }
  /** The CSV cannot be read from here on; always the last item. */
  | { kind: "malformed"; message: string };

/**
 * How csv-parse reads a canonical file. Shared with detection so that a file is read the
 * same way whether Waymark is sniffing its first bytes or importing it.
 */
export const CSV_OPTIONS = {
  bom: true,
  // The caller checks each row against the header, so it can name the row that is short.
  relax_column_count: true,
  // Strict RFC 4180 quoting. csv-parse's lenient mode keeps the quotes of `"C1" ,` or
  // `"C1"x` as part of the value, silently loading a different child id; a generated file
  // never needs leniency, so a stray quote is reported instead.
  relax_quotes: false,
  max_record_size: MAX_RECORD_BYTES,
  // Listed explicitly so a file mixing CRLF and LF line ends still splits at every one.
  record_delimiter: ["\r\n", "\n", "\r"],
} satisfies Options;

/**
 * Streams the rows (arrays of raw fields) of a CSV file given as byte chunks.
 *
 * csv-parse is fed by hand instead of piped: `on_record` takes each row as soon as it is
 * parsed (returning null keeps it out of the parser's own readable buffer), so rows and
 * a parse error come out in file order and the caller's awaits are the only buffering.
 * Any csv-parse error ends the file: its recovery options behave differently depending
 * on where chunks happen to split, and the output must not depend on that.
 */
export async function* readCsvRows(
  input: AsyncIterable<Buffer | string>,
): AsyncGenerator<CsvItem, void, undefined> {
  const parsed: string[][] = [];
  let failure: Error | null = null;
  const parser = parse({
    ...CSV_OPTIONS,
    on_record: (fields: string[]) => {
      parsed.push(fields);
      return null;
    },
  });
  parser.on("error", (error) => {
    failure ??= error;
  });
  // Nothing reaches the readable side; keep it flowing so it never holds up writing.
  parser.resume();

  try {
    for await (const chunk of input) {
      // Strings are encoded back to bytes so one decoder (csv-parse's) sees the whole file,
      // whatever mixture of strings and Buffers, and wherever a character is split.
      const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
      for (let at = 0; at < bytes.length; at += SLICE_BYTES) {
        // Parsing happens synchronously inside write(): this slice's rows are already
        // parsed, and a fault has already set `errored` (the event comes a tick later).
        const roomForMore = parser.write(bytes.subarray(at, at + SLICE_BYTES));
        yield* takeParsed(parsed);
        const error = parser.errored ?? failure;
        if (error) {
          yield { kind: "malformed", message: describeCsvError(error) };
          return;
        }
        if (!roomForMore) await drained(parser);
      }
    }
    await ended(parser);
    yield* takeParsed(parsed);
    const error = parser.errored ?? failure;
    if (error) yield { kind: "malformed", message: describeCsvError(error) };
  } finally {
    // Stops a parser left part-way (the caller stopped early, or its sink threw).
    parser.destroy();
  }
}

function* takeParsed(parsed: string[][]): Generator<CsvItem> {
  // Empty the queue before handing anything out, so no row is handed out twice whatever
  // the caller does between rows.
  for (const fields of parsed.splice(0, parsed.length)) yield { kind: "row", fields };
}

export function describeCsvError(error: CsvError | Error): string {
  const code = "code" in error ? String(error.code) : "";
  switch (code) {
    case "CSV_QUOTE_NOT_CLOSED":
      return 'A quoted value starts in this row and its closing quote (") never comes, so the rest of the file cannot be read.';
    case "CSV_MAX_RECORD_SIZE":
      return `This row is longer than ${MAX_RECORD_BYTES.toLocaleString("en-GB")} bytes, which usually means the file is not comma-separated or a quote is not closed. The rest of the file was not read.`;
    case "INVALID_OPENING_QUOTE":
      return 'A value in this row has a quote (") in it but does not start with one. A value holding quotes must be enclosed in quotes, with each quote inside doubled, such as "O""Neil". The rest of the file was not read.';
    case "CSV_INVALID_CLOSING_QUOTE":
    case "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE":
      return 'A quoted value in this row has characters after its closing quote ("), such as a space. Inside quotes, write a quote as two quotes (""). The rest of the file was not read.';
    default:
      return `The file cannot be read as CSV from this row on (${code || "error"}: ${error.message}).`;
  }
}
