/**
 * Turns a byte or string stream into bounded text slices for the XML parser. Bytes are
 * decoded incrementally (a multi-byte character may straddle two chunks), and long chunks
 * are cut so that the records one slice can complete stay few before they are flushed.
 */

export const MAX_SLICE_CHARS = 64 * 1024;

/** How much of the file start is held back to read a BOM or an XML declaration. */
const SNIFF_BYTES = 1024;

/** Bad input bytes: reported as a problem by the caller, not a crash. */
export class XmlInputError extends Error {
  readonly rule: "XML_MALFORMED" | "XML_ENCODING_UNSUPPORTED";

  constructor(rule: "XML_MALFORMED" | "XML_ENCODING_UNSUPPORTED", message: string) {
    super(message);
    this.rule = rule;
  }
}

export async function* xmlTextChunks(
  input: AsyncIterable<Buffer | string>,
  maxSlice = MAX_SLICE_CHARS,
): AsyncGenerator<string> {
  let decoder: TextDecoder | null = null;
  let head: Buffer | null = Buffer.alloc(0);

  for await (const chunk of input) {
    let text: string;
    if (typeof chunk === "string") {
      // A string chunk is already text; finish any bytes still held so order is kept.
      text = (head !== null && head.length > 0 ? decodeAll(head) : "") + chunk;
      if (decoder) text = flush(decoder) + text;
      head = null;
      decoder = null;
    } else if (head !== null) {
      head = Buffer.concat([head, chunk]);
      if (head.length < SNIFF_BYTES && !head.includes(0x3e)) continue;
      decoder = openDecoder(head);
      text = decode(decoder, head, true);
      head = null;
    } else {
      decoder ??= new TextDecoder("utf-8", { fatal: true });
      text = decode(decoder, chunk, true);
    }
    yield* slices(text, maxSlice);
  }
  if (head !== null && head.length > 0) yield* slices(decodeAll(head), maxSlice);
  else if (decoder) yield* slices(flush(decoder), maxSlice);
}

function* slices(text: string, maxSlice: number): Generator<string> {
  for (let at = 0; at < text.length; at += maxSlice) yield text.slice(at, at + maxSlice);
}

function decodeAll(bytes: Buffer): string {
  const decoder = openDecoder(bytes);
  return decode(decoder, bytes, true) + flush(decoder);
}

function decode(decoder: TextDecoder, bytes: Uint8Array, stream: boolean): string {
  try {
    return decoder.decode(bytes, { stream });
  } catch {
    throw new XmlInputError(
      "XML_MALFORMED",
      `The file is not valid ${decoder.encoding} text (it has bytes that are not characters).`,
    );
  }
}

function flush(decoder: TextDecoder): string {
  return decode(decoder, new Uint8Array(0), false);
}

/** A BOM wins, then the declared encoding, then UTF-8 (the XML default). */
function openDecoder(head: Buffer): TextDecoder {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) {
    return new TextDecoder("utf-8", { fatal: true });
  }
  if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder("utf-16le", { fatal: true });
  if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder("utf-16be", { fatal: true });
  const declared = /^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(
    head.toString("latin1"),
  )?.[1];
  // Without a BOM a readable declaration means an ASCII-compatible encoding, whatever it says.
  if (declared === undefined || /^utf-?16/i.test(declared)) {
    return new TextDecoder("utf-8", { fatal: true });
  }
  try {
    return new TextDecoder(declared, { fatal: true });
  } catch {
    throw new XmlInputError(
      "XML_ENCODING_UNSUPPORTED",
      `The file declares the character encoding "${declared}", which cannot be read; save it as UTF-8.`,
    );
  }
}
