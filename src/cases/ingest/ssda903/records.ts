import type { CaseRecord } from "../../model.ts";
import type { Ssda903Table } from "./tables.ts";
import type { CleanRow } from "./validate-row.ts";

export interface RecordContext {
  /** The collection year of the extract (OC2 rows cover that year). */
  collectionYear: number | null;
}

/**
 * The canonical record for a validated row, or null for tables the case model has no
 * record type for yet (uasc, ad1, placed_for_adoption, previous_permanence,
 * social_worker_episodes, deprivation_of_liberty): those rows are validated and
 * counted only, so nothing is faked until the model grows to hold them.
 *
 * `mandatory` guarantees the key columns are non-null here; `need` re-checks because a
 * spec and a builder that disagree are a bug worth failing loudly on.
 */
export function buildRecord(
  table: Ssda903Table,
  row: CleanRow,
  context: RecordContext,
): CaseRecord | null {
  const t = (column: string) => row.text(column);
  const need = (column: string) => {
    const value = row.text(column);
    if (value === null) throw new Error(`internal: ${table}.${column} passed validation empty`);
    return value;
  };
  switch (table) {
    case "header":
      return {
        type: "child",
        record: {
          laChildId: need("CHILD"),
          upn: t("UPN"),
          dateOfBirth: t("DOB"),
          sex: t("SEX"),
          ethnicity: t("ETHNIC"),
          // The 903 does not record disability; the CIN census does.
          disabilities: [],
        },
      };
    case "episodes":
      return {
        type: "lac_episode",
        record: {
          laChildId: need("CHILD"),
          decom: need("DECOM"),
          rne: t("RNE"),
          legalStatus: t("LS"),
          cinCode: t("CIN"),
          placement: t("PLACE"),
          placementProvider: t("PLACE_PROVIDER"),
          dec: t("DEC"),
          reasonEpisodeCeased: t("REC"),
          reasonPlaceChange: t("REASON_PLACE_CHANGE"),
          homePostcode: t("HOME_POST"),
          placementPostcode: t("PL_POST"),
          urn: t("URN"),
        },
      };
    case "reviews":
      return {
        type: "lac_review",
        record: {
          laChildId: need("CHILD"),
          reviewDate: need("REVIEW"),
          reviewCode: t("REVIEW_CODE"),
        },
      };
    case "missing":
      return {
        type: "missing_episode",
        record: {
          laChildId: need("CHILD"),
          startDate: need("MIS_START"),
          endDate: t("MIS_END"),
          kind: t("MISSING"),
        },
      };
    case "oc3":
      return {
        type: "care_leaver",
        record: {
          laChildId: need("CHILD"),
          inTouch: t("IN_TOUCH"),
          activity: t("ACTIV"),
          accommodation: t("ACCOM"),
        },
      };
    case "oc2":
      return {
        type: "health_check",
        record: {
          laChildId: need("CHILD"),
          collectionYear: context.collectionYear,
          healthCheck: row.flag("HEALTH_CHECK"),
          dentalCheck: row.flag("TEETH_CHECK"),
          immunisations: row.flag("IMMUNISATIONS"),
        },
      };
    case "uasc":
    case "ad1":
    case "placed_for_adoption":
    case "previous_permanence":
    case "social_worker_episodes":
    case "deprivation_of_liberty":
      return null;
  }
}
