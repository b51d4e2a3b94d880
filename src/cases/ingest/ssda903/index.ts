/** The SSDA903 (children looked after) importers: what the loader imports from here. */
export { detectSsda903Table } from "./detect-903-table.ts";
export { DEFAULT_MAX_ROWS } from "./limits.ts";
export type { Ssda903CsvOptions, Ssda903CsvResult } from "./parse-903-csv.ts";
export { parseSsda903Csv } from "./parse-903-csv.ts";
export type { Ssda903XmlOptions, Ssda903XmlResult } from "./parse-903-xml.ts";
export { parseSsda903Xml } from "./parse-903-xml.ts";
export type { Ssda903ParseOptions } from "./parse-options.ts";
export { RULES, type RuleCode } from "./rules.ts";
export { SSDA903_TABLES, type Ssda903Table } from "./tables.ts";
