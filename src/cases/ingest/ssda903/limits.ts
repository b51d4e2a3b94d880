/**
 * Bounds that keep a hostile or broken upload from exhausting memory or time. A real
 * SSDA903 return for the largest English LA is well under a million rows per table.
 */

/** Default cap on data rows (CSV) or row-like elements (XML) per file. */
export const DEFAULT_MAX_ROWS = 5_000_000;

/**
 * Longest CSV record accepted (in bytes). 903 rows are under 300 bytes; a record this
 * long means a wrong delimiter or a runaway quote, and csv-parse would otherwise buffer
 * it whole.
 */
export const MAX_CSV_RECORD_BYTES = 64 * 1024;

/**
 * Longest stretch of XML text without an event (text, tag) we let the XML parser buffer.
 * Values in the return are at most a few dozen characters.
 */
export const MAX_XML_UNBROKEN_CHARS = 1024 * 1024;

/**
 * Input is handed to the parsers in slices of at most this many bytes, so records
 * queued between two awaits of the sink stay few however large the caller's chunks are.
 */
export const SLICE_BYTES = 64 * 1024;
