/**
 * Bounds that keep a hostile or broken upload from exhausting memory, disk or time.
 * A large council's Annex A has ~100k rows over all lists; the defaults leave ample room.
 */

/** Default cap on data rows over all lists of one file. */
export const DEFAULT_MAX_ROWS = 2_000_000;

/**
 * How many rows at the top of a sheet (or CSV) are searched for the header row. The
 * Ofsted template puts a title row above the headers; LAs add a few notes rows at most.
 */
export const HEADER_SCAN_ROWS = 10;

/** Longest CSV record accepted, in bytes. A List 8 row is a few KB at most. */
export const MAX_CSV_RECORD_BYTES = 256 * 1024;

/** Input is fed to csv-parse in slices of at most this size, so awaits stay frequent. */
export const CSV_SLICE_BYTES = 64 * 1024;

export interface ZipLimits {
  /** Most entries a workbook may hold (a real one has 20-40). */
  maxEntries: number;
  /** Largest decompressed size of one entry (a 100k-row List 8 sheet is ~150 MB). */
  maxEntryBytes: number;
  /** Largest decompressed size of all entries together. */
  maxTotalBytes: number;
  /** Largest central directory we read into memory. */
  maxCentralDirectoryBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 10_000,
  maxEntryBytes: 512 * 1024 * 1024,
  maxTotalBytes: 1024 * 1024 * 1024,
  maxCentralDirectoryBytes: 16 * 1024 * 1024,
};

/**
 * Largest sharedStrings.xml we hold in memory (every distinct text of the workbook is
 * kept as a string for the whole read).
 */
export const MAX_SHARED_STRINGS_BYTES = 256 * 1024 * 1024;

/**
 * Most XML text the parser may buffer without an event. No Annex A value comes near; a
 * sheet that does is broken or hostile, and the parser would otherwise hold it whole.
 */
export const MAX_XML_UNBROKEN_CHARS = 4 * 1024 * 1024;

/** Excel's last column (XFD): a cell reference beyond it is not a real cell. */
export const MAX_COLUMNS = 16_384;
