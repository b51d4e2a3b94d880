/** The Annex A importers: what the loader imports from here. See README.md. */
export type { AnnexAFormat } from "./detect.ts";
export { detectAnnexA } from "./detect.ts";
export { DEFAULT_MAX_ROWS, DEFAULT_ZIP_LIMITS, type ZipLimits } from "./limits.ts";
export { ANNEX_A_LISTS, type ColumnDef, type ListDef } from "./lists.ts";
export type { AnnexAListCount, AnnexAParseOptions, AnnexAResult } from "./parse-context.ts";
export { parseAnnexACsv } from "./parse-csv.ts";
export { type AnnexAXlsxOptions, parseAnnexAXlsx } from "./parse-xlsx.ts";
export { ALL_RULES, RULES, type RuleCode } from "./rules.ts";
