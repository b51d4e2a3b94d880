/**
 * Annex A rows -> canonical records. What was decided, and why:
 *
 * The numbering is the template's (August 2019, unchanged in the 2024 variant):
 *  1 Contacts, 2 Early help, 3 Referrals, 4 Assessments, 5 Section 47/ICPC,
 *  6 Children in need, 7 Child protection, 8 Children in care, 9 Care leavers,
 *  10 Adoption, 11 Adopters.
 * (Summaries that skip "Children in need" number child protection 6 and care leavers 8;
 * sheets are recognised by their columns, so only these comments depend on it.)
 *
 * - Every record's `laChildId` is the "Child Unique ID".
 * - Child identity (`child`): lists 1-10 all carry gender, ethnicity and date of birth
 *   (4-10 also disability), so every row of them feeds the child. One child appears on
 *   many lists; the parser merges them (merge.ts: a later non-empty value wins, an empty
 *   one never erases) and emits one `child` per child at the end. Gender is stored as
 *   M/F/U like the CIN census and SSDA903 ("Neither" has no code there and becomes U);
 *   ethnicity as its CBDS code; disability "Yes" as ["DDA"] (the CIN census code for a
 *   disability of unrecorded type, which is all Annex A says), "No" as ["NONE"],
 *   "Unknown" as [].
 * - List 1 -> `contact` (date, source as the CIN referral source code). The template has
 *   no outcome column: outcome is null.
 * - List 2 -> `early_help` (start, completion, organisation as written).
 * - List 3 -> `referral` (date, source code, NFA). Primary need and closure are not on
 *   List 3: null here. A List 3 referral with no List 6 row has no closure date, which
 *   cin_open_at_end reads as still open: Annex A answers that indicator only for the
 *   children List 6 covers.
 * - List 4 -> `assessment` kind "single": the template's "continuous assessment" is the
 *   single assessment; start and authorisation date (= completionDate). Not tied to a
 *   referral (referralDate null); no factors on Annex A.
 * - List 5 -> `section47` (start = strategy discussion date, ICPC date, "ICPC deemed
 *   unnecessary" as icpcNotRequired). No target date on Annex A.
 * - List 6 -> `referral` too: the FAQ defines "CIN Start Date" as the start of the
 *   referral that began the episode of need, and this is where Annex A records primary
 *   need, closure date and reason (which the CIN-open indicators need). When List 3 has
 *   the same child and date, the parser merges the two into one record (source and NFA
 *   from List 3, need and closure from List 6) instead of one overwriting the other.
 * - List 7 -> `cp_plan` (start, end, categories as CIN codes NEG/PHY/SAB/EMO/MUL,
 *   number of previous plans). Annex A gives only the latest review conference, so
 *   reviewDates holds that one date: cp_reviews_on_time cannot be judged from Annex A
 *   alone.
 * - List 8 -> one `lac_episode` per row: decom = "Date Started to be Looked After" with
 *   RNE "S" (it starts the period of care), the current legal status, category of need,
 *   most recent placement (type, provider, postcode, URN), dec/REC = date and reason
 *   ceased. Annex A has no episode history, so the episode stands for the whole period
 *   with its latest details: lac_at_end and the period of care are right, placement
 *   counts (lac_3plus_placements) are not derivable. A List 8 without the start date
 *   column loads child identity only (reported once).
 * - List 9 -> `care_leaver` with SSDA903 OC3 codes: in touch YES/NO/DIED/REFU/NREQ/RHOM,
 *   activity as given (F1...G6), accommodation = type letter + suitability digit
 *   ("U" + Suitable -> "U1"), the letter alone when suitability is blank.
 * - List 10 (adoption): validated and counted; only child identity is emitted. Its dates
 *   (decision, placement order, match, placement, adoption order) have no record type.
 * - List 11 (adopters): about adults, keyed by adopter id, not a child: validated and
 *   counted, nothing emitted.
 * - Not mapped anywhere: ages (derived from date of birth), allocated team/worker (no
 *   staff id to join on), counts "in the last 12 months", visit and seen-alone details,
 *   EPO/UASC flags, permanence plan, health/dental/IRO dates, missing/absent counts,
 *   return interviews, eligibility category and the 2024 care-leaver additions.
 */
import type {
  AssessmentRecord,
  CareLeaverRecord,
  CaseRecord,
  ChildRecord,
  ContactRecord,
  CpPlanRecord,
  EarlyHelpRecord,
  LacEpisodeRecord,
  ReferralRecord,
  Section47Record,
} from "../../model.ts";
import type { ListDef } from "./lists.ts";
import type { CleanRow } from "./validate-row.ts";

export interface MappedRow {
  /** Records ready to emit. */
  records: CaseRecord[];
  /** A referral (lists 3 and 6): merged with any earlier one of the same key first. */
  referral: ReferralRecord | null;
  /** What the row says about the child, merged over all lists before emitting. */
  child: ChildRecord | null;
}

const NOTHING: MappedRow = { records: [], referral: null, child: null };

export function mapRow(
  list: ListDef,
  row: CleanRow,
  hasColumn: (key: string) => boolean,
): MappedRow {
  if (list.number === 11) return NOTHING;
  const laChildId = row.text("childId");
  // validateRow rejects rows without an id; this only narrows the type.
  if (laChildId === null) return NOTHING;
  const child = childOf(laChildId, row);
  switch (list.number) {
    case 1:
      return {
        records: [{ type: "contact", record: contact(laChildId, row) }],
        referral: null,
        child,
      };
    case 2:
      return {
        records: [{ type: "early_help", record: earlyHelp(laChildId, row) }],
        referral: null,
        child,
      };
    case 3:
      return { records: [], referral: referralFromList3(laChildId, row), child };
    case 4:
      return {
        records: [{ type: "assessment", record: assessment(laChildId, row) }],
        referral: null,
        child,
      };
    case 5:
      return {
        records: [{ type: "section47", record: section47(laChildId, row) }],
        referral: null,
        child,
      };
    case 6:
      return { records: [], referral: referralFromList6(laChildId, row), child };
    case 7:
      return {
        records: [{ type: "cp_plan", record: cpPlan(laChildId, row) }],
        referral: null,
        child,
      };
    case 8: {
      const episode = hasColumn("periodStart") ? lacEpisode(laChildId, row) : null;
      return {
        records: episode ? [{ type: "lac_episode", record: episode }] : [],
        referral: null,
        child,
      };
    }
    case 9:
      return {
        records: [{ type: "care_leaver", record: careLeaver(laChildId, row) }],
        referral: null,
        child,
      };
    default:
      return { records: [], referral: null, child };
  }
}

function childOf(laChildId: string, row: CleanRow): ChildRecord {
  const disability = row.code("disability");
  return {
    laChildId,
    upn: null,
    dateOfBirth: row.date("dateOfBirth"),
    sex: row.code("gender"),
    ethnicity: row.code("ethnicity"),
    disabilities: disability === "YES" ? ["DDA"] : disability === "NO" ? ["NONE"] : [],
  };
}

/** The key date: validateRow guarantees it for every list that has one. */
function keyDate(row: CleanRow, key: string): string {
  const value = row.date(key);
  if (value === null) throw new Error(`internal: row ${row.number} passed without ${key}`);
  return value;
}

function contact(laChildId: string, row: CleanRow): ContactRecord {
  return {
    laChildId,
    contactDate: keyDate(row, "contactDate"),
    source: row.code("contactSource"),
    outcome: null,
  };
}

function earlyHelp(laChildId: string, row: CleanRow): EarlyHelpRecord {
  return {
    laChildId,
    startDate: keyDate(row, "startDate"),
    completionDate: row.date("completionDate"),
    organisation: row.text("organisation"),
  };
}

function referralFromList3(laChildId: string, row: CleanRow): ReferralRecord {
  return {
    laChildId,
    referralDate: keyDate(row, "referralDate"),
    source: row.code("referralSource"),
    nfa: row.flag("referralNfa"),
    primaryNeed: null,
    closureDate: null,
    closureReason: null,
  };
}

function referralFromList6(laChildId: string, row: CleanRow): ReferralRecord {
  return {
    laChildId,
    referralDate: keyDate(row, "cinStartDate"),
    source: null,
    nfa: null,
    primaryNeed: row.code("primaryNeed"),
    closureDate: row.date("cinClosureDate"),
    closureReason: row.code("closureReason"),
  };
}

function assessment(laChildId: string, row: CleanRow): AssessmentRecord {
  return {
    laChildId,
    kind: "single",
    startDate: keyDate(row, "startDate"),
    completionDate: row.date("authorisationDate"),
    referralDate: null,
    childSeen: row.flag("childSeen"),
    factors: [],
  };
}

function section47(laChildId: string, row: CleanRow): Section47Record {
  return {
    laChildId,
    startDate: keyDate(row, "startDate"),
    referralDate: null,
    icpcTargetDate: null,
    icpcDate: row.date("icpcDate"),
    icpcNotRequired: row.flag("icpcNotRequired"),
  };
}

function cpPlan(laChildId: string, row: CleanRow): CpPlanRecord {
  const review = row.date("latestReview");
  return {
    laChildId,
    startDate: keyDate(row, "startDate"),
    endDate: row.date("endDate"),
    initialCategory: row.code("initialCategory"),
    latestCategory: row.code("latestCategory"),
    previousPlans: row.count("previousPlans"),
    reviewDates: review ? [review] : [],
  };
}

function lacEpisode(laChildId: string, row: CleanRow): LacEpisodeRecord {
  return {
    laChildId,
    decom: keyDate(row, "periodStart"),
    rne: "S",
    legalStatus: row.code("legalStatus"),
    cinCode: row.code("categoryOfNeed"),
    placement: row.code("placementType"),
    placementProvider: row.code("placementProvider"),
    dec: row.date("ceasedDate"),
    reasonEpisodeCeased: row.code("reasonCeased"),
    reasonPlaceChange: null,
    homePostcode: null,
    placementPostcode: row.text("placementPostcode"),
    urn: row.text("placementUrn"),
  };
}

function careLeaver(laChildId: string, row: CleanRow): CareLeaverRecord {
  const type = row.code("accommodationType");
  const suitability = row.code("accommodationSuitability");
  const suitable = suitability === "1" || suitability === "2" ? suitability : "";
  return {
    laChildId,
    inTouch: row.code("inTouch"),
    activity: row.code("activity"),
    accommodation: type === null ? null : `${type}${/^[A-Z]$/.test(type) ? suitable : ""}`,
  };
}
