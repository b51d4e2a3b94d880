/** Waymark's canonical CSV format (docs/formats.md): what the loader imports from here. */
export { codeListOf, DATE_PAIRS } from "./codes.ts";
export { detectCanonicalCsv, hasCanonicalHeader } from "./detect-canonical-csv.ts";
export { DEFAULT_MAX_ROWS } from "./limits.ts";
export {
  type CanonicalCsvOptions,
  type CanonicalCsvResult,
  parseCanonicalCsv,
} from "./parse-canonical-csv.ts";
export { RECORD_LABELS, RECORD_TYPES } from "./record-types.ts";
export { CANONICAL_RULES, type CanonicalRule } from "./rules.ts";
