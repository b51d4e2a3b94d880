/**
 * The bytes of one zip entry, inflated, read by random access from the entry's offset.
 * Only entries zip-guard.ts has passed are opened, so their sizes are known to be true;
 * the limiter still stops at the declared size in case the file changed since.
 */
import { createReadStream } from "node:fs";
import { pipeline, Readable, Transform } from "node:stream";
import { createInflateRaw } from "node:zlib";
import type { ZipEntry } from "./zip-guard.ts";

const DEFLATED = 8;

export function entryStream(path: string, entry: ZipEntry): Readable {
  if (entry.compressedSize === 0) return Readable.from([]);
  const raw = createReadStream(path, {
    start: entry.dataStart,
    end: entry.dataStart + entry.compressedSize - 1,
    highWaterMark: 64 * 1024,
  });
  let produced = 0;
  const limiter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      produced += chunk.length;
      if (produced > entry.uncompressedSize) {
        callback(new Error(`${entry.name} unpacks to more than it declares`));
        return;
      }
      callback(null, chunk);
    },
  });
  const stages = entry.method === DEFLATED ? [raw, createInflateRaw(), limiter] : [raw, limiter];
  // Errors reach the consumer through the last stream; the callback only keeps Node
  // from treating them as unhandled.
  return pipeline(stages, () => {}) as unknown as Readable;
}
