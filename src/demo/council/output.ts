/**
 * Files written progressively: text is gathered in a small buffer and handed to a write
 * stream, and the generator waits for the stream to drain before making more. A council
 * at scale 80 writes gigabytes; nothing here holds more than a buffer per file.
 */
import { once } from "node:events";
import { createWriteStream, type WriteStream } from "node:fs";

const FLUSH_AT = 256 * 1024;

export class OutputFile {
  readonly path: string;
  rows = 0;
  bytes = 0;
  private readonly stream: WriteStream;
  private buffer: string[] = [];
  private buffered = 0;
  private blocked = false;
  private failure: Error | null = null;

  constructor(path: string) {
    this.path = path;
    this.stream = createWriteStream(path, { encoding: "utf8", highWaterMark: 1024 * 1024 });
    // Kept and rethrown at the next await: an unhandled stream error would end the process.
    this.stream.on("error", (error) => {
      this.failure = error;
    });
  }

  write(text: string): void {
    this.buffer.push(text);
    this.buffered += text.length;
    if (this.buffered >= FLUSH_AT) this.flush();
  }

  /** A data row (counted) ending in a newline. */
  row(line: string): void {
    this.rows++;
    this.write(`${line}\n`);
  }

  private flush(): void {
    if (this.buffer.length === 0) return;
    const text = this.buffer.join("");
    this.buffer = [];
    this.buffered = 0;
    this.bytes += Buffer.byteLength(text);
    if (!this.stream.write(text)) this.blocked = true;
  }

  /** Resolves once the stream can take more (at once when it is not backed up). */
  async ready(): Promise<void> {
    if (this.failure) throw this.failure;
    if (!this.blocked) return;
    this.blocked = false;
    if (this.stream.writableNeedDrain) await once(this.stream, "drain");
  }

  async close(): Promise<void> {
    this.flush();
    if (this.failure) throw this.failure;
    const finished = once(this.stream, "finish");
    this.stream.end();
    await finished;
  }
}

/** RFC 4180: quote a field holding a comma, quote or line break; double inner quotes. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function csvLine(fields: readonly string[]): string {
  return fields.map(csvField).join(",");
}

/** XML text content; the generator's values are codes and dates, but names may hold `&`. */
export function xmlText(value: string): string {
  return /[&<>]/.test(value)
    ? value.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;")
    : value;
}
