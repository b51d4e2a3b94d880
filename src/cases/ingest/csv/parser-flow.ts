/**
 * Flow control for a csv-parse parser fed by hand (the SSDA903, Annex A and canonical CSV
 * readers all push byte slices in themselves, so they can yield rows as they are parsed).
 */
import type { Parser } from "csv-parse";

/** Resolves when the parser takes more input, or can take none (destroyed). */
export function drained(parser: Parser): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      parser.off("drain", done);
      parser.off("close", done);
      resolve();
    };
    parser.on("drain", done);
    parser.on("close", done);
  });
}

/** Resolves when the parser has read its last row, or failed doing so. */
export function ended(parser: Parser): Promise<void> {
  return new Promise((resolve) => {
    parser.once("error", () => resolve());
    parser.end(() => resolve());
  });
}
