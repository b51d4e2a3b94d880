/**
 * One hand-written valid canonical file per record type and the records it must give,
 * written out in full (tests only). Between them they use every column, quoting (commas,
 * quotes and a line break inside values), a BOM, CRLF line ends, upper-case codes,
 * every boolean spelling, omitted optional columns and headers in a different order.
 */
import type { CaseRecord, CaseRecordType } from "../../model.ts";

export interface Fixture {
  text: string;
  records: CaseRecord[];
}

const lines = (...rows: string[]) => `${rows.join("\n")}\n`;

export const FIXTURES: Record<CaseRecordType, Fixture> = {
  child: {
    // BOM and CRLF, as Excel saves "CSV UTF-8".
    text: `\uFEFF${[
      "record_type,la_child_id,upn,date_of_birth,sex,ethnicity,disabilities",
      "child,C001,A123456789012,2010-05-17,1,WBRI,MOB;HAND",
      "child,C002,,2015-02-28,2,,",
      'child,"C,003",,,,MWBA," NONE ; "',
    ].join("\r\n")}\r\n`,
    records: [
      {
        type: "child",
        record: {
          laChildId: "C001",
          upn: "A123456789012",
          dateOfBirth: "2010-05-17",
          sex: "1",
          ethnicity: "WBRI",
          disabilities: ["MOB", "HAND"],
        },
      },
      {
        type: "child",
        record: {
          laChildId: "C002",
          upn: null,
          dateOfBirth: "2015-02-28",
          sex: "2",
          ethnicity: null,
          disabilities: [],
        },
      },
      {
        type: "child",
        record: {
          laChildId: "C,003",
          upn: null,
          dateOfBirth: null,
          sex: null,
          ethnicity: "MWBA",
          disabilities: ["NONE"],
        },
      },
    ],
  },
  referral: {
    text: lines(
      "record_type,la_child_id,referral_date,source,nfa,primary_need,closure_date,closure_reason",
      "referral,C001,2011-06-01,1A,false,N1,2012-02-10,RC1",
      "referral,C001,2012-01-09,5B,true,,2012-01-09,RC8",
      "referral,C002,2011-11-23,3E,,N4,,",
    ),
    records: [
      {
        type: "referral",
        record: {
          laChildId: "C001",
          referralDate: "2011-06-01",
          source: "1A",
          nfa: false,
          primaryNeed: "N1",
          closureDate: "2012-02-10",
          closureReason: "RC1",
        },
      },
      {
        type: "referral",
        record: {
          laChildId: "C001",
          referralDate: "2012-01-09",
          source: "5B",
          nfa: true,
          primaryNeed: null,
          closureDate: "2012-01-09",
          closureReason: "RC8",
        },
      },
      {
        type: "referral",
        record: {
          laChildId: "C002",
          referralDate: "2011-11-23",
          source: "3E",
          nfa: null,
          primaryNeed: "N4",
          closureDate: null,
          closureReason: null,
        },
      },
    ],
  },
  assessment: {
    text: lines(
      "record_type,la_child_id,kind,start_date,completion_date,referral_date,child_seen,factors",
      "assessment,C001,initial,2011-06-01,2011-06-10,2011-06-01,yes,",
      "assessment,C001,core,2011-06-13,2011-07-29,2011-06-01,yes,2A;3A",
      "assessment,C002,Initial,2011-11-24,,2011-11-23,,",
      "assessment,C003,single,2019-04-02,2019-05-20,2019-03-28,1,1C;4A;21",
    ),
    records: [
      {
        type: "assessment",
        record: {
          laChildId: "C001",
          kind: "initial",
          startDate: "2011-06-01",
          completionDate: "2011-06-10",
          referralDate: "2011-06-01",
          childSeen: true,
          factors: [],
        },
      },
      {
        type: "assessment",
        record: {
          laChildId: "C001",
          kind: "core",
          startDate: "2011-06-13",
          completionDate: "2011-07-29",
          referralDate: "2011-06-01",
          childSeen: true,
          factors: ["2A", "3A"],
        },
      },
      {
        type: "assessment",
        record: {
          laChildId: "C002",
          kind: "initial",
          startDate: "2011-11-24",
          completionDate: null,
          referralDate: "2011-11-23",
          childSeen: null,
          factors: [],
        },
      },
      {
        type: "assessment",
        record: {
          laChildId: "C003",
          kind: "single",
          startDate: "2019-04-02",
          completionDate: "2019-05-20",
          referralDate: "2019-03-28",
          childSeen: true,
          factors: ["1C", "4A", "21"],
        },
      },
    ],
  },
  section47: {
    text: lines(
      "record_type,la_child_id,start_date,referral_date,icpc_target_date,icpc_date,icpc_not_required",
      "section47,C001,2011-06-15,2011-06-01,2011-07-06,2011-07-04,false",
      "section47,C002,2011-12-01,2011-11-23,,,TRUE",
    ),
    records: [
      {
        type: "section47",
        record: {
          laChildId: "C001",
          startDate: "2011-06-15",
          referralDate: "2011-06-01",
          icpcTargetDate: "2011-07-06",
          icpcDate: "2011-07-04",
          icpcNotRequired: false,
        },
      },
      {
        type: "section47",
        record: {
          laChildId: "C002",
          startDate: "2011-12-01",
          referralDate: "2011-11-23",
          icpcTargetDate: null,
          icpcDate: null,
          icpcNotRequired: true,
        },
      },
    ],
  },
  cp_plan: {
    text: lines(
      "record_type,la_child_id,start_date,end_date,initial_category,latest_category,previous_plans,review_dates",
      "cp_plan,C001,2011-07-04,2013-01-15,PHY,NEG,0,2012-04-02;2011-10-03;2012-09-28;2011-10-03",
      "cp_plan,C004,2012-02-01,,EMO,EMO,2,",
    ),
    records: [
      {
        type: "cp_plan",
        record: {
          laChildId: "C001",
          startDate: "2011-07-04",
          endDate: "2013-01-15",
          initialCategory: "PHY",
          latestCategory: "NEG",
          previousPlans: 0,
          reviewDates: ["2011-10-03", "2012-04-02", "2012-09-28"],
        },
      },
      {
        type: "cp_plan",
        record: {
          laChildId: "C004",
          startDate: "2012-02-01",
          endDate: null,
          initialCategory: "EMO",
          latestCategory: "EMO",
          previousPlans: 2,
          reviewDates: [],
        },
      },
    ],
  },
  cin_plan: {
    // Header in another order, in capitals and padded: names are matched loosely.
    text: lines(
      "Record_Type, START_DATE ,End_Date,LA_CHILD_ID",
      "cin_plan,2011-12-05,2012-06-30,C002",
      "CIN_PLAN,2012-01-10,,C005",
    ),
    records: [
      {
        type: "cin_plan",
        record: { laChildId: "C002", startDate: "2011-12-05", endDate: "2012-06-30" },
      },
      { type: "cin_plan", record: { laChildId: "C005", startDate: "2012-01-10", endDate: null } },
    ],
  },
  lac_episode: {
    text: lines(
      "record_type,la_child_id,decom,rne,legal_status,cin_code,placement,placement_provider,dec,reason_episode_ceased,reason_place_change,home_postcode,placement_postcode,urn",
      "lac_episode,C006,2011-04-14,S,C2,N1,U3,PR1,2011-09-01,X1,CARPL,AB1 2CD,EF3 4GH,SC123456",
      "lac_episode,C006,2011-09-01,P,C2,N1,U1,PR0,,,,AB1 2CD,,",
    ),
    records: [
      {
        type: "lac_episode",
        record: {
          laChildId: "C006",
          decom: "2011-04-14",
          rne: "S",
          legalStatus: "C2",
          cinCode: "N1",
          placement: "U3",
          placementProvider: "PR1",
          dec: "2011-09-01",
          reasonEpisodeCeased: "X1",
          reasonPlaceChange: "CARPL",
          homePostcode: "AB1 2CD",
          placementPostcode: "EF3 4GH",
          urn: "SC123456",
        },
      },
      {
        type: "lac_episode",
        record: {
          laChildId: "C006",
          decom: "2011-09-01",
          rne: "P",
          legalStatus: "C2",
          cinCode: "N1",
          placement: "U1",
          placementProvider: "PR0",
          dec: null,
          reasonEpisodeCeased: null,
          reasonPlaceChange: null,
          homePostcode: "AB1 2CD",
          placementPostcode: null,
          urn: null,
        },
      },
    ],
  },
  lac_review: {
    // review_code omitted: it is optional, so every record has it null.
    text: lines("record_type,la_child_id,review_date", "lac_review,C006,2011-05-10"),
    records: [
      {
        type: "lac_review",
        record: { laChildId: "C006", reviewDate: "2011-05-10", reviewCode: null },
      },
    ],
  },
  missing_episode: {
    text: lines(
      "record_type,la_child_id,start_date,end_date,kind",
      "missing_episode,C006,2011-07-01,2011-07-03,M",
      "missing_episode,C007,2012-01-05,,A",
    ),
    records: [
      {
        type: "missing_episode",
        record: { laChildId: "C006", startDate: "2011-07-01", endDate: "2011-07-03", kind: "M" },
      },
      {
        type: "missing_episode",
        record: { laChildId: "C007", startDate: "2012-01-05", endDate: null, kind: "A" },
      },
    ],
  },
  care_leaver: {
    text: lines(
      "record_type,la_child_id,in_touch,activity,accommodation",
      "care_leaver,C008,YES,F2,B",
      "care_leaver,C009,NO,,",
    ),
    records: [
      {
        type: "care_leaver",
        record: { laChildId: "C008", inTouch: "YES", activity: "F2", accommodation: "B" },
      },
      {
        type: "care_leaver",
        record: { laChildId: "C009", inTouch: "NO", activity: null, accommodation: null },
      },
    ],
  },
  health_check: {
    text: lines(
      "record_type,la_child_id,collection_year,health_check,dental_check,immunisations",
      "health_check,C006,2012,1,0,",
      "health_check,C010,2012,True,YES,no",
    ),
    records: [
      {
        type: "health_check",
        record: {
          laChildId: "C006",
          collectionYear: 2012,
          healthCheck: true,
          dentalCheck: false,
          immunisations: null,
        },
      },
      {
        type: "health_check",
        record: {
          laChildId: "C010",
          collectionYear: 2012,
          healthCheck: true,
          dentalCheck: true,
          immunisations: false,
        },
      },
    ],
  },
  contact: {
    text: lines(
      "record_type,la_child_id,contact_date,source,outcome",
      "contact,C001,2011-05-30,Police,Referral",
      'contact,C011,2012-03-02,"School, primary","Early help ""team around the family"""',
    ),
    records: [
      {
        type: "contact",
        record: {
          laChildId: "C001",
          contactDate: "2011-05-30",
          source: "Police",
          outcome: "Referral",
        },
      },
      {
        type: "contact",
        record: {
          laChildId: "C011",
          contactDate: "2012-03-02",
          source: "School, primary",
          outcome: 'Early help "team around the family"',
        },
      },
    ],
  },
  early_help: {
    text: lines(
      "record_type,la_child_id,start_date,completion_date,organisation",
      "early_help,C011,2012-03-05,2012-04-20,Children's centre",
      'early_help,C012,2012-03-19,,"Health visitor\nNorth locality"',
    ),
    records: [
      {
        type: "early_help",
        record: {
          laChildId: "C011",
          startDate: "2012-03-05",
          completionDate: "2012-04-20",
          organisation: "Children's centre",
        },
      },
      {
        type: "early_help",
        record: {
          laChildId: "C012",
          startDate: "2012-03-19",
          completionDate: null,
          organisation: "Health visitor\nNorth locality",
        },
      },
    ],
  },
  visit: {
    text: lines(
      "record_type,la_child_id,kind,visit_date,child_seen,seen_alone",
      "visit,C001,cp,2011-07-18,yes,no",
      "visit,C002,CIN,2011-12-20,yes,",
      "visit,C006,lac,2011-05-02,no,no",
    ),
    records: [
      {
        type: "visit",
        record: {
          laChildId: "C001",
          kind: "cp",
          visitDate: "2011-07-18",
          childSeen: true,
          seenAlone: false,
        },
      },
      {
        type: "visit",
        record: {
          laChildId: "C002",
          kind: "cin",
          visitDate: "2011-12-20",
          childSeen: true,
          seenAlone: null,
        },
      },
      {
        type: "visit",
        record: {
          laChildId: "C006",
          kind: "lac",
          visitDate: "2011-05-02",
          childSeen: false,
          seenAlone: false,
        },
      },
    ],
  },
  staff: {
    text: lines(
      "record_type,staff_id,team_name,role,fte,agency,qualified_date,asye_start_date,start_date,leave_date",
      "staff,SW001,Referral and Assessment,Social worker,1,false,2009-07-01,,2009-09-01,",
      "staff,SW002,Child Protection,Senior practitioner,0.8,true,2004-06-30,,2011-01-10,2012-03-31",
      "staff,SW003,Looked After,Newly qualified social worker,.5,no,2011-06-30,2011-09-05,2011-09-05,",
    ),
    records: [
      {
        type: "staff",
        record: {
          staffId: "SW001",
          teamName: "Referral and Assessment",
          role: "Social worker",
          fte: 1,
          agency: false,
          qualifiedDate: "2009-07-01",
          asyeStartDate: null,
          startDate: "2009-09-01",
          leaveDate: null,
        },
      },
      {
        type: "staff",
        record: {
          staffId: "SW002",
          teamName: "Child Protection",
          role: "Senior practitioner",
          fte: 0.8,
          agency: true,
          qualifiedDate: "2004-06-30",
          asyeStartDate: null,
          startDate: "2011-01-10",
          leaveDate: "2012-03-31",
        },
      },
      {
        type: "staff",
        record: {
          staffId: "SW003",
          teamName: "Looked After",
          role: "Newly qualified social worker",
          fte: 0.5,
          agency: false,
          qualifiedDate: "2011-06-30",
          asyeStartDate: "2011-09-05",
          startDate: "2011-09-05",
          leaveDate: null,
        },
      },
    ],
  },
  allocation: {
    text: lines(
      "record_type,la_child_id,team_name,staff_id,start_date,end_date",
      "allocation,C001,Referral and Assessment,SW001,2011-06-01,2011-07-04",
      "allocation,C001,Child Protection,SW002,2011-07-04,",
      "allocation,C002,Referral and Assessment,,2011-11-23,",
    ),
    records: [
      {
        type: "allocation",
        record: {
          laChildId: "C001",
          teamName: "Referral and Assessment",
          staffId: "SW001",
          startDate: "2011-06-01",
          endDate: "2011-07-04",
        },
      },
      {
        type: "allocation",
        record: {
          laChildId: "C001",
          teamName: "Child Protection",
          staffId: "SW002",
          startDate: "2011-07-04",
          endDate: null,
        },
      },
      {
        type: "allocation",
        record: {
          laChildId: "C002",
          teamName: "Referral and Assessment",
          staffId: null,
          startDate: "2011-11-23",
          endDate: null,
        },
      },
    ],
  },
};
