/**
 * The SSDA903 tables as data: their columns and what each column must hold. The CSV and
 * XML parsers both validate against these specs, so a rule is written once and a CSV
 * file and the equivalent XML return report the same problems.
 */

export const SSDA903_TABLES = [
  "header",
  "episodes",
  "reviews",
  "uasc",
  "oc2",
  "oc3",
  "ad1",
  "missing",
  "placed_for_adoption",
  "previous_permanence",
  "social_worker_episodes",
  // Deprivation of liberty orders (CHILD, DOB, DOLO_START, DOLO_END) is the newest 903
  // table; the validator's sample `DoLo.csv` has it. Recognised so such a file is
  // validated rather than rejected as unknown.
  "deprivation_of_liberty",
] as const;

export type Ssda903Table = (typeof SSDA903_TABLES)[number];

export interface TableSpec {
  readonly table: Ssda903Table;
  /** Plain-English name used in messages. */
  readonly title: string;
  /** The columns of the return, in return order (upper case). */
  readonly columns: readonly string[];
  /**
   * Columns no row can be used without (CHILD and the date that keys the record): a
   * header without one is fatal, an empty cell rejects the row.
   */
  readonly mandatory: readonly string[];
  readonly dates: readonly string[];
  /** Dates that may have an unknown day/month (`zz/zz/YYYY`); validated, never used. */
  readonly partialDates: readonly string[];
  /** Column to the key of its list in SSDA903_CODE_LISTS. */
  readonly codes: Readonly<Record<string, string>>;
  /** Codes accepted beyond the published list (see SEX). */
  readonly extraCodes: Readonly<Record<string, readonly string[]>>;
  /** 0/1 (or true/false) columns. */
  readonly flags: readonly string[];
  /** [start, end] date pairs where end must not precede start. */
  readonly periods: readonly (readonly [string, string])[];
}

/**
 * The code list gives SEX as M/F/U, but the 903 return itself codes sex as 1 (male) and
 * 2 (female), and every sample return does: warning on every child would bury the real
 * problems, so both codings are accepted and kept as supplied (see ChildRecord.sex).
 */
const SEX_AS_RETURNED = ["1", "2"] as const;

function spec(partial: Partial<TableSpec> & Pick<TableSpec, "table" | "title" | "columns">) {
  return {
    mandatory: ["CHILD"],
    dates: [],
    partialDates: [],
    codes: {},
    extraCodes: {},
    flags: [],
    periods: [],
    ...partial,
  } satisfies TableSpec;
}

export const TABLE_SPECS: Readonly<Record<Ssda903Table, TableSpec>> = {
  header: spec({
    table: "header",
    title: "header (child details)",
    columns: ["CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"],
    dates: ["DOB", "MC_DOB"],
    codes: { SEX: "header.SEX", ETHNIC: "header.ETHNIC" },
    extraCodes: { SEX: SEX_AS_RETURNED },
    flags: ["MOTHER"],
  }),
  episodes: spec({
    table: "episodes",
    title: "episodes",
    columns: [
      "CHILD",
      "DECOM",
      "RNE",
      "LS",
      "CIN",
      "PLACE",
      "PLACE_PROVIDER",
      "DEC",
      "REC",
      "REASON_PLACE_CHANGE",
      "HOME_POST",
      "PL_POST",
      "URN",
    ],
    mandatory: ["CHILD", "DECOM"],
    dates: ["DECOM", "DEC"],
    codes: {
      RNE: "episodes.RNE",
      LS: "episodes.LS",
      CIN: "episodes.CIN",
      PLACE: "episodes.PLACE",
      PLACE_PROVIDER: "episodes.PLACE_PROVIDER",
      REC: "episodes.REC",
      REASON_PLACE_CHANGE: "episodes.REASON_PLACE_CHANGE",
    },
    periods: [["DECOM", "DEC"]],
  }),
  reviews: spec({
    table: "reviews",
    title: "reviews",
    columns: ["CHILD", "DOB", "REVIEW", "REVIEW_CODE"],
    mandatory: ["CHILD", "REVIEW"],
    dates: ["DOB", "REVIEW"],
    codes: { REVIEW_CODE: "reviews.REVIEW_CODE" },
  }),
  uasc: spec({
    table: "uasc",
    title: "UASC (unaccompanied asylum-seeking children)",
    columns: ["CHILD", "SEX", "DOB", "DUC"],
    mandatory: ["CHILD", "DUC"],
    dates: ["DOB", "DUC"],
    codes: { SEX: "uasc.SEX" },
    extraCodes: { SEX: SEX_AS_RETURNED },
  }),
  oc2: spec({
    table: "oc2",
    title: "OC2 (health and offending)",
    columns: [
      "CHILD",
      "DOB",
      "SDQ_SCORE",
      "SDQ_REASON",
      "CONVICTED",
      "HEALTH_CHECK",
      "IMMUNISATIONS",
      "TEETH_CHECK",
      "HEALTH_ASSESSMENT",
      "SUBSTANCE_MISUSE",
      "INTERVENTION_RECEIVED",
      "INTERVENTION_OFFERED",
    ],
    dates: ["DOB"],
    codes: { SDQ_REASON: "oc2.SDQ_REASON" },
    flags: [
      "CONVICTED",
      "HEALTH_CHECK",
      "IMMUNISATIONS",
      "TEETH_CHECK",
      "HEALTH_ASSESSMENT",
      "SUBSTANCE_MISUSE",
      "INTERVENTION_RECEIVED",
      "INTERVENTION_OFFERED",
    ],
  }),
  oc3: spec({
    table: "oc3",
    title: "OC3 (care leavers)",
    columns: ["CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM"],
    dates: ["DOB"],
    codes: { IN_TOUCH: "oc3.IN_TOUCH", ACTIV: "oc3.ACTIV", ACCOM: "oc3.ACCOM" },
  }),
  ad1: spec({
    table: "ad1",
    title: "AD1 (adoption)",
    columns: [
      "CHILD",
      "DOB",
      "DATE_INT",
      "DATE_MATCH",
      "FOSTER_CARE",
      "NB_ADOPTR",
      "SEX_ADOPTR",
      "LS_ADOPTR",
    ],
    dates: ["DOB", "DATE_INT", "DATE_MATCH"],
    codes: { SEX_ADOPTR: "ad1.SEX_ADOPTR", LS_ADOPTR: "ad1.LS_ADOPTR" },
    flags: ["FOSTER_CARE"],
  }),
  missing: spec({
    table: "missing",
    title: "missing (missing or away from placement)",
    columns: ["CHILD", "DOB", "MISSING", "MIS_START", "MIS_END"],
    mandatory: ["CHILD", "MIS_START"],
    dates: ["DOB", "MIS_START", "MIS_END"],
    codes: { MISSING: "missing.MISSING" },
    periods: [["MIS_START", "MIS_END"]],
  }),
  placed_for_adoption: spec({
    table: "placed_for_adoption",
    title: "placed for adoption",
    columns: ["CHILD", "DOB", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"],
    mandatory: ["CHILD", "DATE_PLACED"],
    dates: ["DOB", "DATE_PLACED", "DATE_PLACED_CEASED"],
    codes: { REASON_PLACED_CEASED: "placed_adoption.REASON_PLACED_CEASED" },
    periods: [["DATE_PLACED", "DATE_PLACED_CEASED"]],
  }),
  previous_permanence: spec({
    table: "previous_permanence",
    title: "previous permanence",
    columns: ["CHILD", "DOB", "PREV_PERM", "LA_PERM", "DATE_PERM"],
    dates: ["DOB"],
    partialDates: ["DATE_PERM"],
    codes: { PREV_PERM: "prev_perm.PREV_PERM" },
  }),
  social_worker_episodes: spec({
    table: "social_worker_episodes",
    title: "social worker episodes",
    columns: ["CHILD", "DOB", "SW_ID", "SW_DECOM", "SW_DEC", "SW_REASON"],
    mandatory: ["CHILD", "SW_DECOM"],
    dates: ["DOB", "SW_DECOM", "SW_DEC"],
    codes: { SW_REASON: "sw_episodes.SW_REASON" },
    periods: [["SW_DECOM", "SW_DEC"]],
  }),
  deprivation_of_liberty: spec({
    table: "deprivation_of_liberty",
    title: "deprivation of liberty orders",
    columns: ["CHILD", "DOB", "DOLO_START", "DOLO_END"],
    mandatory: ["CHILD", "DOLO_START"],
    dates: ["DOB", "DOLO_START", "DOLO_END"],
    periods: [["DOLO_START", "DOLO_END"]],
  }),
};

/** What each column means, for messages a performance officer can act on. */
export const COLUMN_LABELS: Readonly<Record<string, string>> = {
  CHILD: "child ID",
  SEX: "sex",
  DOB: "date of birth",
  ETHNIC: "ethnicity",
  UPN: "unique pupil number",
  MOTHER: "whether the child is a mother",
  MC_DOB: "date of birth of the mother's child",
  DECOM: "date the episode started",
  RNE: "reason for new episode",
  LS: "legal status",
  CIN: "category of need",
  PLACE: "placement type",
  PLACE_PROVIDER: "placement provider",
  DEC: "date the episode ceased",
  REC: "reason the episode ceased",
  REASON_PLACE_CHANGE: "reason for placement change",
  HOME_POST: "home postcode",
  PL_POST: "placement postcode",
  URN: "placement URN",
  REVIEW: "review date",
  REVIEW_CODE: "participation in the review",
  DUC: "date UASC status ceased",
  SDQ_SCORE: "SDQ score",
  SDQ_REASON: "reason no SDQ score",
  CONVICTED: "convicted during the year",
  HEALTH_CHECK: "health check up to date",
  IMMUNISATIONS: "immunisations up to date",
  TEETH_CHECK: "dental check up to date",
  HEALTH_ASSESSMENT: "health assessment up to date",
  SUBSTANCE_MISUSE: "substance misuse identified",
  INTERVENTION_RECEIVED: "substance misuse intervention received",
  INTERVENTION_OFFERED: "substance misuse intervention offered",
  IN_TOUCH: "whether the LA is in touch",
  ACTIV: "main activity",
  ACCOM: "accommodation",
  DATE_INT: "date of the decision to place for adoption",
  DATE_MATCH: "date matched with adopters",
  FOSTER_CARE: "adopted by foster carers",
  NB_ADOPTR: "number of adopters",
  SEX_ADOPTR: "sex of adopters",
  LS_ADOPTR: "legal status of adopters",
  MISSING: "missing or away from placement",
  MIS_START: "date the missing episode started",
  MIS_END: "date the missing episode ended",
  DATE_PLACED: "date placed for adoption",
  DATE_PLACED_CEASED: "date placement for adoption ceased",
  REASON_PLACED_CEASED: "reason placement for adoption ceased",
  PREV_PERM: "previous permanence option",
  LA_PERM: "LA of previous permanence",
  DATE_PERM: "date of previous permanence order",
  SW_ID: "social worker ID",
  SW_DECOM: "date the social worker episode started",
  SW_DEC: "date the social worker episode ended",
  SW_REASON: "reason for social worker change",
  DOLO_START: "date the deprivation of liberty order started",
  DOLO_END: "date the deprivation of liberty order ended",
};
