/** Bounds that keep a broken or hostile upload from exhausting memory or time. */

/** Default cap on data rows per file. */
export const DEFAULT_MAX_ROWS = 5_000_000;

/**
 * Longest CSV record accepted, in bytes. A canonical row is a few hundred bytes even
 * with long lists; a record this long means a wrong delimiter or a quote never closed,
 * and csv-parse would otherwise buffer it whole.
 */
export const MAX_RECORD_BYTES = 64 * 1024;

/**
 * Input goes to csv-parse in slices of at most this many bytes, so the rows parsed
 * between two awaits of the sink stay few however large the caller's chunks are.
 */
export const SLICE_BYTES = 64 * 1024;
