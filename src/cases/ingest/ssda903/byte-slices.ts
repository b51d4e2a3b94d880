import { SLICE_BYTES } from "./limits.ts";

/**
 * One input chunk as byte slices of at most SLICE_BYTES. Strings are encoded as UTF-8
 * first, so a mixture of string and Buffer chunks (and a BOM in either) is decoded once,
 * by one decoder, the same way whatever the chunk boundaries. Synchronous on purpose: it
 * runs once per chunk, and an async generator here would cost more than the parsing
 * when a caller's chunks are tiny.
 */
export function* slicesOf(chunk: Buffer | string): Generator<Buffer> {
  const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
  for (let start = 0; start < bytes.length; start += SLICE_BYTES) {
    yield bytes.subarray(start, start + SLICE_BYTES);
  }
}
