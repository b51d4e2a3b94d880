/**
 * XML parts of a workbook as batches of parse events, read with saxes from a byte
 * stream. Bytes are decoded with a streaming UTF-8 decoder, so a character split across
 * two chunks stays whole (exceljs's own reader decodes each chunk separately and
 * mangles such characters). A DOCTYPE is refused: no workbook part needs one, and
 * refusing it rules out entity tricks. Element names are given without their
 * namespace prefix ("x:row" -> "row"), as some writers prefix everything.
 */
import { StringDecoder } from "node:string_decoder";
import { SaxesParser } from "saxes";
import { MAX_XML_UNBROKEN_CHARS } from "./limits.ts";

export type XmlEvent =
  | { kind: "open"; name: string; attributes: Record<string, string> }
  | { kind: "text"; text: string }
  | { kind: "close"; name: string };

/** A fault in a workbook part: its XML is broken or hostile. */
export class XmlFault extends Error {}

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon === -1 ? name : name.slice(colon + 1);
}

/**
 * The value of an attribute. Unprefixed attributes (nearly all of them) are looked up
 * directly; a prefixed one is found by local name whatever its prefix ("r:id" and
 * "ns2:id" both answer "id"), as writers choose their own prefixes.
 */
export function attribute(
  attributes: Record<string, string>,
  name: string,
  prefixed = false,
): string | undefined {
  if (!prefixed) return Object.hasOwn(attributes, name) ? attributes[name] : undefined;
  for (const [key, value] of Object.entries(attributes)) {
    if (key.includes(":") && localName(key) === name) return value;
  }
  return undefined;
}

export async function* xmlEvents(
  input: AsyncIterable<Buffer | string>,
): AsyncGenerator<XmlEvent[], void, undefined> {
  const parser = new SaxesParser();
  const decoder = new StringDecoder("utf8");
  let batch: XmlEvent[] = [];
  let fault: Error | null = null;
  let sinceEvent = 0;
  parser.on("opentag", (tag) => {
    sinceEvent = 0;
    batch.push({ kind: "open", name: localName(tag.name), attributes: tag.attributes });
  });
  parser.on("closetag", (tag) => {
    sinceEvent = 0;
    batch.push({ kind: "close", name: localName(tag.name) });
  });
  parser.on("text", (text) => {
    sinceEvent = 0;
    batch.push({ kind: "text", text });
  });
  parser.on("cdata", (text) => {
    sinceEvent = 0;
    batch.push({ kind: "text", text });
  });
  parser.on("doctype", () => {
    fault ??= new XmlFault("it contains a DOCTYPE, which workbooks never need");
  });
  parser.on("error", (error) => {
    fault ??= new XmlFault(error.message);
  });

  const feed = (text: string) => {
    if (text === "" || fault) return;
    sinceEvent += text.length;
    if (sinceEvent > MAX_XML_UNBROKEN_CHARS) {
      fault = new XmlFault("it holds a run of text far longer than any cell");
      return;
    }
    parser.write(text);
  };

  const chunks = input[Symbol.asyncIterator]();
  while (true) {
    let next: IteratorResult<Buffer | string>;
    try {
      next = await chunks.next();
    } catch (error) {
      // Inflate or read errors: the part's bytes are damaged (or the file changed).
      const code = (error as { code?: unknown } | null)?.code;
      throw new XmlFault(`its data is damaged${typeof code === "string" ? ` (${code})` : ""}`);
    }
    if (next.done) break;
    const chunk = next.value;
    feed(typeof chunk === "string" ? chunk : decoder.write(chunk));
    if (fault) {
      await chunks.return?.();
      throw fault;
    }
    if (batch.length > 0) {
      const ready = batch;
      batch = [];
      try {
        yield ready;
      } catch (error) {
        await chunks.return?.();
        throw error;
      }
    }
  }
  feed(decoder.end());
  if (!fault) parser.close();
  if (fault) throw fault;
  if (batch.length > 0) yield batch;
}
