/**
 * Checks an xlsx (a zip) before any part of it is parsed, from its central directory
 * (hence a path: it needs random access), and refuses:
 *  - anything that is not a complete, plain zip: no end record, ZIP64, encryption,
 *    compression other than stored/deflate, spanned archives, bytes in front;
 *  - entry names that are absolute or climb out with "..", and duplicate names;
 *  - too many entries, or declared sizes over the limits;
 *  - local headers that disagree with the directory, or that do not tile the file
 *    exactly: data hidden between entries is what a stream reader (exceljs, unzip
 *    tools) would see and the directory would not, so every reader must see the same;
 *  - entries that inflate to more (or less) than they declare: each is inflated once
 *    here, counting, and stopped the moment it passes its declared size (a zip bomb
 *    declares a small size and lies, or declares a huge one).
 * The reader (zip-entries.ts) then opens only entries that passed, by their offsets.
 */
import { createReadStream } from "node:fs";
import { type FileHandle, open } from "node:fs/promises";
import { Readable, Transform, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createInflateRaw } from "node:zlib";
import type { ZipLimits } from "./limits.ts";

export interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
  /** Where the entry's compressed bytes start (after its local header). */
  dataStart: number;
}

export type ZipVerdict = { ok: true; entries: ZipEntry[] } | { ok: false; reason: string };

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const DESCRIPTOR_SIGNATURE = 0x08074b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const FLAG_ENCRYPTED = 0x1;
const FLAG_DESCRIPTOR = 0x8;
const FLAG_UTF8 = 0x800;
const STORED = 0;
const DEFLATED = 8;

class Refused extends Error {}

function refuse(reason: string): never {
  throw new Refused(reason);
}

export async function inspectZip(path: string, limits: ZipLimits): Promise<ZipVerdict> {
  let handle: FileHandle | null = null;
  try {
    handle = await open(path, "r");
    const size = (await handle.stat()).size;
    const directory = await readDirectory(handle, size, limits);
    await checkLocalHeaders(handle, directory);
    await handle.close();
    handle = null;
    for (const entry of directory.entries) await verifyInflatedSize(path, entry);
    return { ok: true, entries: directory.entries };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, reason: error.message };
    const code = (error as { code?: unknown }).code;
    return {
      ok: false,
      reason: `it could not be read (${typeof code === "string" ? code : "read error"})`,
    };
  } finally {
    await handle?.close();
  }
}

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  if (bytesRead !== length) refuse("it ends part-way through (the file is truncated)");
  return buffer;
}

interface Directory {
  entries: ZipEntry[];
  cdOffset: number;
}

async function readDirectory(
  handle: FileHandle,
  size: number,
  limits: ZipLimits,
): Promise<Directory> {
  if (size < EOCD_SIZE + 4) refuse("it is too short to be a zip file");
  const start = await readAt(handle, 0, 4);
  // Stream readers start at byte 0; a workbook never has a self-extractor stub in front.
  if (start.readUInt32LE(0) !== LOCAL_SIGNATURE) refuse("it does not start like a zip file");

  // The end record is the last 22 bytes plus a comment that must run exactly to the end.
  const tailLength = Math.min(size, EOCD_SIZE + MAX_COMMENT);
  const tail = await readAt(handle, size - tailLength, tailLength);
  let eocd = -1;
  for (let i = tail.length - EOCD_SIZE; i >= 0; i--) {
    if (
      tail.readUInt32LE(i) === EOCD_SIGNATURE &&
      i + EOCD_SIZE + tail.readUInt16LE(i + 20) === tail.length
    ) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) refuse("its end record is missing (the file is truncated or not a zip)");
  const disk = tail.readUInt16LE(eocd + 4);
  const cdDisk = tail.readUInt16LE(eocd + 6);
  const onDisk = tail.readUInt16LE(eocd + 8);
  const count = tail.readUInt16LE(eocd + 10);
  const cdSize = tail.readUInt32LE(eocd + 12);
  const cdOffset = tail.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    refuse("it is a ZIP64 archive, which no Annex A workbook needs");
  }
  if (disk !== 0 || cdDisk !== 0 || onDisk !== count) refuse("it is split over several files");
  if (count > limits.maxEntries) refuse(`it has ${count} parts, more than ${limits.maxEntries}`);
  const eocdOffset = size - tailLength + eocd;
  if (cdOffset + cdSize !== eocdOffset) refuse("its directory is not where its end record says");
  if (cdSize > limits.maxCentralDirectoryBytes) refuse("its directory is implausibly large");

  const cd = await readAt(handle, cdOffset, cdSize);
  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let at = 0;
  let declaredTotal = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > cd.length || cd.readUInt32LE(at) !== CENTRAL_SIGNATURE) {
      refuse("its directory is damaged");
    }
    const flags = cd.readUInt16LE(at + 8);
    const method = cd.readUInt16LE(at + 10);
    const compressedSize = cd.readUInt32LE(at + 20);
    const uncompressedSize = cd.readUInt32LE(at + 24);
    const nameLength = cd.readUInt16LE(at + 28);
    const extraLength = cd.readUInt16LE(at + 30);
    const commentLength = cd.readUInt16LE(at + 32);
    const startDisk = cd.readUInt16LE(at + 34);
    const localOffset = cd.readUInt32LE(at + 42);
    const next = at + 46 + nameLength + extraLength + commentLength;
    if (next > cd.length) refuse("its directory is damaged");
    const nameBytes = cd.subarray(at + 46, at + 46 + nameLength);
    // Names without the UTF-8 flag are CP437; latin1 keeps every byte, which is all the
    // comparison with the local header and the path checks need.
    const name = nameBytes.toString(flags & FLAG_UTF8 ? "utf8" : "latin1");
    at = next;

    const unsafe = unsafeName(name);
    if (unsafe) refuse(unsafe);
    if (names.has(name)) refuse(`it holds two parts named ${quote(name)}`);
    names.add(name);
    if (
      compressedSize === 0xffffffff ||
      uncompressedSize === 0xffffffff ||
      localOffset === 0xffffffff
    ) {
      refuse(`part ${quote(name)} declares a ZIP64 size, far over the size limit`);
    }
    if (startDisk !== 0) refuse("it is split over several files");
    if (flags & FLAG_ENCRYPTED) refuse("it is encrypted (password-protected)");
    if (method !== STORED && method !== DEFLATED)
      refuse(`part ${quote(name)} uses an unsupported compression`);
    if (method === STORED && compressedSize !== uncompressedSize)
      refuse("its directory is damaged");
    if (uncompressedSize > limits.maxEntryBytes) {
      refuse(
        `part ${quote(name)} unpacks to ${mb(uncompressedSize)}, over the ${mb(limits.maxEntryBytes)} limit for one part`,
      );
    }
    declaredTotal += uncompressedSize;
    if (declaredTotal > limits.maxTotalBytes) {
      refuse(`it unpacks to more than the ${mb(limits.maxTotalBytes)} limit for a workbook`);
    }
    entries.push({
      name,
      flags,
      method,
      compressedSize,
      uncompressedSize,
      localOffset,
      dataStart: 0,
    });
  }
  if (at !== cd.length) refuse("its directory is damaged");
  if (!names.has("xl/workbook.xml")) refuse("it is a zip file but not an Excel workbook");
  return { entries, cdOffset };
}

/**
 * Each local header must repeat the directory's name, method and sizes, and the entries
 * must follow one another from byte 0 to the directory with nothing in between.
 */
async function checkLocalHeaders(
  handle: FileHandle,
  { entries, cdOffset }: Directory,
): Promise<void> {
  const ordered = [...entries].sort((a, b) => a.localOffset - b.localOffset);
  let expected = 0;
  for (const entry of ordered) {
    if (entry.localOffset !== expected) refuse("it has data outside its listed parts");
    const header = await readAt(handle, entry.localOffset, 30);
    if (header.readUInt32LE(0) !== LOCAL_SIGNATURE) refuse("a part's header is damaged");
    const flags = header.readUInt16LE(6);
    const method = header.readUInt16LE(8);
    const compressedSize = header.readUInt32LE(18);
    const uncompressedSize = header.readUInt32LE(22);
    const nameLength = header.readUInt16LE(26);
    const extraLength = header.readUInt16LE(28);
    const nameBytes = await readAt(handle, entry.localOffset + 30, nameLength);
    const name = nameBytes.toString(flags & FLAG_UTF8 ? "utf8" : "latin1");
    if (name !== entry.name || method !== entry.method) {
      refuse(`a part's header disagrees with the directory (${quote(name)})`);
    }
    if ((flags & FLAG_DESCRIPTOR) !== (entry.flags & FLAG_DESCRIPTOR)) {
      refuse(`a part's header disagrees with the directory (${quote(name)})`);
    }
    entry.dataStart = entry.localOffset + 30 + nameLength + extraLength;
    let end = entry.dataStart + entry.compressedSize;
    if (flags & FLAG_DESCRIPTOR) {
      // Sizes follow the data. Stream readers find the data's end by the descriptor's
      // signature, so it must be there, and not inside the data (verifyInflatedSize).
      if (compressedSize !== 0 || uncompressedSize !== 0) {
        refuse(`part ${quote(name)} uses a zip layout Waymark cannot read safely`);
      }
      const descriptor = await readAt(handle, end, 16);
      if (
        descriptor.readUInt32LE(0) !== DESCRIPTOR_SIGNATURE ||
        descriptor.readUInt32LE(8) !== entry.compressedSize ||
        descriptor.readUInt32LE(12) !== entry.uncompressedSize
      ) {
        refuse(`part ${quote(name)} uses a zip layout Waymark cannot read safely`);
      }
      end += 16;
    } else if (
      compressedSize !== entry.compressedSize ||
      uncompressedSize !== entry.uncompressedSize
    ) {
      refuse(`a part's header disagrees with the directory (${quote(name)})`);
    }
    expected = end;
  }
  if (expected !== cdOffset) refuse("it has data outside its listed parts");
}

class TooLarge extends Error {}
class HiddenSignature extends Error {}

/** Inflates one entry, counting, and stops the moment it passes its declared size. */
async function verifyInflatedSize(path: string, entry: ZipEntry): Promise<void> {
  let produced = 0;
  const counter = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      produced += chunk.length;
      callback(produced > entry.uncompressedSize ? new TooLarge() : null);
    },
  });
  const stages: NodeJS.ReadWriteStream[] = [];
  if (entry.flags & FLAG_DESCRIPTOR) stages.push(signatureScanner());
  if (entry.method === DEFLATED) stages.push(createInflateRaw());
  const source =
    entry.compressedSize === 0
      ? Readable.from([])
      : createReadStream(path, {
          start: entry.dataStart,
          end: entry.dataStart + entry.compressedSize - 1,
        });
  try {
    await pipeline([source, ...stages, counter]);
  } catch (error) {
    if (error instanceof TooLarge) {
      refuse(`part ${quote(entry.name)} unpacks to more than it declares (a zip bomb)`);
    }
    if (error instanceof HiddenSignature) {
      refuse(`part ${quote(entry.name)} uses a zip layout Waymark cannot read safely`);
    }
    refuse(`part ${quote(entry.name)} is damaged and cannot be unpacked`);
  }
  if (produced !== entry.uncompressedSize) {
    refuse(
      `part ${quote(entry.name)} is damaged (it unpacks to a different size than it declares)`,
    );
  }
}

/** Fails if the data-descriptor signature occurs inside an entry's compressed data. */
function signatureScanner(): Transform {
  const signature = Buffer.from([0x50, 0x4b, 0x07, 0x08]);
  let carry = Buffer.alloc(0);
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      const window = Buffer.concat([carry, chunk]);
      if (window.includes(signature)) {
        callback(new HiddenSignature());
        return;
      }
      carry = window.subarray(Math.max(0, window.length - 3));
      callback(null, chunk);
    },
  });
}

/** Why a name is refused, or null when it is an ordinary relative path. */
function unsafeName(name: string): string | null {
  if (name === "" || name.includes("\u0000")) return "it holds a part with no usable name";
  const path = name.replace(/\\/g, "/");
  if (path.startsWith("/") || /^[a-zA-Z]:/.test(path)) {
    return `it holds a part with an absolute path (${quote(name)})`;
  }
  if (path.split("/").includes("..")) {
    return `it holds a part whose path climbs out of the archive (${quote(name)})`;
  }
  return null;
}

function quote(name: string): string {
  const shown = name.length > 80 ? `${name.slice(0, 77)}...` : name;
  return JSON.stringify(shown);
}

function mb(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024)).toLocaleString("en-GB")} MB`;
}
