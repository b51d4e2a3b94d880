import { SSDA903_TABLES, type Ssda903Table, TABLE_SPECS } from "./tables.ts";

/**
 * How the SSDA903 XML return (`xsd/CLA.xsd`: EXPSSDA903 > CHILD > HEADER, EPISODE*)
 * maps onto the CSV tables, so both forms are validated by the same table specs.
 */

export const XML_ROOT = "EXPSSDA903";

/** The XML element for a CSV column: only CHILD (CHILDID) and PLACE (PL) differ. */
export function xmlNameOf(column: string): string {
  if (column === "CHILD") return "CHILDID";
  if (column === "PLACE") return "PL";
  return column;
}

/**
 * Scalar HEADER elements, split by the CSV table they belong to. The child's SEX and
 * DOB appear once in XML, so they are validated once (as part of the header row) and
 * not again for uasc, ad1 or oc3.
 */
export const HEADER_SCALARS: ReadonlyArray<{ table: Ssda903Table; columns: readonly string[] }> = [
  { table: "header", columns: ["SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"] },
  // UASC itself is a flag with no code list; DUC is what the uasc table holds.
  { table: "uasc", columns: ["DUC"] },
  {
    table: "ad1",
    columns: ["DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"],
  },
  { table: "oc3", columns: ["IN_TOUCH", "ACTIV", "ACCOM"] },
];

/** HEADER child elements that group the fields of one row of another table. */
export const HEADER_GROUPS: Readonly<Record<string, Ssda903Table>> = {
  AMISSING: "missing",
  AREVIEW: "reviews",
  PERMANENCE: "previous_permanence",
  OC2: "oc2",
  AD_PLACED: "placed_for_adoption",
};

export const EPISODE = "EPISODE";

/** Elements that may repeat: they get an index in problem paths (`CHILD[3]/EPISODE[2]`). */
export const ROW_ELEMENTS: ReadonlySet<string> = new Set([
  "CHILD",
  EPISODE,
  "AMISSING",
  "AREVIEW",
  "AD_PLACED",
]);

/**
 * Leaf elements worth keeping: every column of every table under its XML name, plus the
 * UASC flag. Anything else is skipped, so a hostile file cannot grow a row's field map
 * with made-up element names.
 */
export const FIELD_NAMES: ReadonlySet<string> = new Set([
  "UASC",
  ...SSDA903_TABLES.flatMap((table) => TABLE_SPECS[table].columns.map(xmlNameOf)),
]);
