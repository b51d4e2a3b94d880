/**
 * Drives saxes over a byte or text stream for an element reader, and hands the records it
 * completes to the sink as it goes. Bad input never throws: a hostile or broken file
 * (a DOCTYPE, malformed XML, bytes that are not text) becomes one fatal problem and
 * reading stops there, as does any fatal problem the reader itself raises.
 */
import { SaxesParser } from "saxes";
import type { CaseRecord } from "../../model.ts";
import type { ProblemLog, RecordSink } from "../problems.ts";
import { DoctypeGuard } from "./doctype-guard.ts";
import { StopParsing } from "./element-reader.ts";
import { XmlInputError, xmlTextChunks } from "./xml-text-chunks.ts";

/** What a caller passes to a census parser built on `streamXml`. */
export interface ParseXmlOptions {
  /** Name shown in problems. */
  file: string;
  sink: RecordSink;
  problems: ProblemLog;
  /** Records beyond this make the file fatal (`INPUT_TOO_MANY_RECORDS`). */
  maxRecords?: number;
}

/** The side of a reader the parser talks to; every `ElementReader` is one. */
export interface XmlEventReader {
  /** Completed records, drained to the sink after each slice of text. */
  readonly queue: CaseRecord[];
  /** The path of the innermost element still open. */
  readonly currentPath: string | null;
  open(name: string, line: number): void;
  text(text: string, line: number): void;
  close(line: number): void;
  /** Records a fatal problem and throws `StopParsing`. */
  fatal(rule: string, message: string, line: number | null, path: string | null): never;
  /** Records a fatal problem without throwing. */
  recordFatal(rule: string, message: string, line: number | null, path: string | null): void;
}

const DOCTYPE_REFUSED =
  "The file contains a DOCTYPE declaration. A census return never needs one and it can be used to attack the importer, so the file was refused.";

export async function streamXml(
  input: AsyncIterable<Buffer | string>,
  reader: XmlEventReader,
  sink: RecordSink,
): Promise<void> {
  const parser = connectParser(reader);
  const guard = new DoctypeGuard();

  const flush = async () => {
    // Records leave in batches of one text slice, so the queue never holds much.
    for (const record of reader.queue) await sink.add(record);
    reader.queue.length = 0;
  };

  try {
    for await (const text of xmlTextChunks(input)) {
      const doctypeLine = guard.scan(text);
      if (doctypeLine !== null) {
        reader.fatal("XML_DOCTYPE_FORBIDDEN", DOCTYPE_REFUSED, doctypeLine, null);
      }
      parser.write(text);
      await flush();
    }
    parser.close();
  } catch (error) {
    if (error instanceof XmlInputError) {
      reader.recordFatal(error.rule, error.message, parser.line, reader.currentPath);
    } else if (!(error instanceof StopParsing)) {
      throw error;
    }
  }
  // Records completed before a fatal problem still go out, so the outcome does not
  // depend on where the input happened to be split into chunks.
  await flush();
}

function connectParser(reader: XmlEventReader): SaxesParser {
  const parser = new SaxesParser({ position: true });
  parser.on("opentag", (tag) => reader.open(localName(tag.name), parser.line));
  parser.on("closetag", () => reader.close(parser.line));
  parser.on("text", (text) => reader.text(text, parser.line));
  parser.on("cdata", (text) => reader.text(text, parser.line));
  // The guard normally sees a DOCTYPE first; this catches any it cannot.
  parser.on("doctype", () =>
    reader.fatal("XML_DOCTYPE_FORBIDDEN", DOCTYPE_REFUSED, parser.line, null),
  );
  parser.on("error", (error) => {
    const detail = error.message.replace(/^\d+:\d+: /, "").replace(/\.$/, "");
    if (/doctype/i.test(detail)) {
      reader.fatal("XML_DOCTYPE_FORBIDDEN", DOCTYPE_REFUSED, parser.line, reader.currentPath);
    }
    reader.fatal(
      "XML_MALFORMED",
      `The file is not well-formed XML (${detail}); nothing after this point was read.`,
      parser.line,
      reader.currentPath,
    );
  });
  return parser;
}

/** Suppliers sometimes add a namespace prefix; the census elements are known by local name. */
function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}
