import { SSDA903_TABLES, type Ssda903Table, TABLE_SPECS } from "./tables.ts";

/**
 * CHILD, DOB and SEX appear in several tables, so they say nothing about which table a
 * header belongs to; every other column belongs to exactly one table.
 */
const SHARED_COLUMNS = new Set(["CHILD", "DOB", "SEX"]);

const DISTINCTIVE: ReadonlyArray<readonly [Ssda903Table, ReadonlySet<string>]> = SSDA903_TABLES.map(
  (table) => [table, new Set(TABLE_SPECS[table].columns.filter((c) => !SHARED_COLUMNS.has(c)))],
);

/** Column names compare trimmed and case-insensitively: exports vary in both. */
export function normaliseColumnName(name: string): string {
  return name.trim().toUpperCase();
}

/**
 * Which SSDA903 table a CSV header row is, or null if none. The table whose own columns
 * are best represented wins, so a file from a year that lacked a column (or has an
 * extra local one) is still recognised and its missing columns reported by name, rather
 * than the whole file being refused as "unknown". A header that matches two tables
 * equally well (or only shared columns such as CHILD, DOB) is ambiguous: null.
 */
export function detectSsda903Table(header: readonly string[]): Ssda903Table | null {
  const names = new Set(header.map(normaliseColumnName));
  let best: Ssda903Table | null = null;
  let bestShare = 0;
  let bestMatched = 0;
  let tied = false;
  for (const [table, columns] of DISTINCTIVE) {
    let matched = 0;
    for (const column of columns) if (names.has(column)) matched++;
    if (matched === 0) continue;
    const share = matched / columns.size;
    if (share > bestShare || (share === bestShare && matched > bestMatched)) {
      best = table;
      bestShare = share;
      bestMatched = matched;
      tied = false;
    } else if (share === bestShare && matched === bestMatched) {
      tied = true;
    }
  }
  return tied ? null : best;
}
