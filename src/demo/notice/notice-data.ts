/**
 * The demo council's Improvement Notice and the plan, issue log, governance and meetings
 * around it, as they stood at the April 2012 Improvement Board. The measures are the
 * notice's own words (../shared/seeds/004_*.txt); the actions, people, dates and minutes
 * are fictional but follow the committee report (../shared/seeds/000_*.txt): an establishment
 * rebased at 81 social workers, a peripatetic pod in Referral and Assessment from 18 January,
 * a new ICS going live in April, an independent review of the LSCB, permanent assistant
 * directors in post by the end of March.
 */
import type { IndicatorId } from "../../performance/indicators/definitions.ts";
import type { ActionStatus } from "../../plan/rules/action-rag.ts";

export const DEMO_NOTICE = {
  issuedBy:
    "Parliamentary Under Secretary of State for Children and Families, Department for Education",
  issuedOn: "2012-02-01",
  services: "Children's social care services",
  evidence:
    "The report of the inspection of safeguarding children's services carried out by Ofsted " +
    "(published September 2011), which judged the overall effectiveness and capacity for " +
    "improvement of the council's safeguarding services to be inadequate; and the diagnostic " +
    "review carried out by the council.",
  reference: "Improvement Notice, children's social care, February 2012",
};

export type MeasureGroup =
  | "social_care_practice"
  | "capacity_and_capability"
  | "partnership_and_governance"
  | "support";

export interface DemoMeasure {
  ref: string;
  group: MeasureGroup;
  text: string;
  indicatorIds: IndicatorId[];
}

export const DEMO_MEASURES: DemoMeasure[] = [
  {
    ref: "SCP1",
    group: "social_care_practice",
    text: "Improve and sustain the quality and timeliness of assessments and care plans to comply with Working Together to Safeguard Children 2010, taking account of risk and recording the views of key agencies and children, measured through regular case and supervision auditing.",
    indicatorIds: [
      "initial_assessments_10wd",
      "core_assessments_35wd",
      "icpc_15wd",
      "assessments_child_seen",
    ],
  },
  {
    ref: "SCP2",
    group: "social_care_practice",
    text: "Review and revise the quality assurance framework, with regular case-file auditing under independent challenge at a frequency agreed by the Board, and report the results to the Board.",
    indicatorIds: ["cp_reviews_on_time", "lac_reviews_on_time"],
  },
  {
    ref: "SCP3",
    group: "social_care_practice",
    text: "Using the revised framework, ensure effective supervision of social work practice with rigorous management oversight and decision making on individual cases.",
    indicatorIds: ["cp_visits_10wd", "lac_visits_6w"],
  },
  {
    ref: "SCP4",
    group: "social_care_practice",
    text: "Review and develop thresholds and criteria for access to children's social care, communicated, understood and applied consistently across all partner agencies.",
    indicatorIds: ["re_referrals_12m", "referrals_nfa", "referrals_to_assessment"],
  },
  {
    ref: "SCP5",
    group: "social_care_practice",
    text: "With partners, develop a preventative and early intervention strategy, increase the quantity and effectiveness of CAFs and monitor their use and impact by partner agencies.",
    indicatorIds: ["cpp_second_or_subsequent"],
  },
  {
    ref: "SCP6",
    group: "social_care_practice",
    text: "Put in place an implementation plan for the new ICS, with interim arrangements to keep case recording sound, and present regular updates to the Board on issues and the action taken.",
    indicatorIds: [],
  },
  {
    ref: "CC1",
    group: "capacity_and_capability",
    text: "Develop an overall workforce strategy, informed by a service need analysis, for a stable workforce that requires fewer agency staff.",
    indicatorIds: [],
  },
  {
    ref: "CC2",
    group: "capacity_and_capability",
    text: "Ensure the social care teams have sufficient staff, with numbers and roles clearly defined and clear lines of accountability.",
    indicatorIds: [],
  },
  {
    ref: "CC3",
    group: "capacity_and_capability",
    text: "Review social workers' responsibilities and workloads so that caseloads are manageable and consistent with experience, and give the Board management information to confirm it.",
    indicatorIds: ["cin_open_at_end"],
  },
  {
    ref: "CC4",
    group: "capacity_and_capability",
    text: "Develop and implement a programme of induction, training, mentoring and continuous professional development for all social care staff.",
    indicatorIds: [],
  },
  {
    ref: "PG1",
    group: "partnership_and_governance",
    text: "Set out clearly the council's vision and ambition for children's safeguarding services, with objectives and timescales, communicated to and implemented with staff and partners.",
    indicatorIds: [],
  },
  {
    ref: "PG2",
    group: "partnership_and_governance",
    text: "Strengthen the leadership team across the assessment and safeguarding service, with plans for permanency and effective lines of accountability.",
    indicatorIds: [],
  },
  {
    ref: "PG3",
    group: "partnership_and_governance",
    text: "Establish a clear remit for the Improvement Board, the Children's Trust and the Local Safeguarding Children Board, with clear governance and lines of accountability.",
    indicatorIds: [],
  },
  {
    ref: "PG4",
    group: "partnership_and_governance",
    text: "Ensure all elected members take responsibility and are accountable for improving the service, with close oversight and scrutiny of outcomes for children.",
    indicatorIds: [],
  },
  {
    ref: "PG5",
    group: "partnership_and_governance",
    text: "Agree with the Improvement Board a dataset of performance targets with clear and realistic targets and timescales, and report progress against it, including analysis of trends failing to meet them.",
    indicatorIds: ["initial_assessments_10wd", "core_assessments_35wd", "lac_3plus_placements"],
  },
  {
    ref: "SM1",
    group: "support",
    text: "Work with the Children's Improvement Board to formalise a package of sector support, including peer mentoring for the Lead Member and peer challenge at the Improvement Board.",
    indicatorIds: [],
  },
  {
    ref: "SM2",
    group: "support",
    text: "Continue scrutiny arrangements that allow elected members and the LSCB to scrutinise and challenge social care practice.",
    indicatorIds: [],
  },
];

export interface DemoAction {
  ref: string;
  title: string;
  leadBody: string;
  startDate: string;
  dueDate: string;
  /** "ics" for the ICS implementation workstream */
  workstream: string | null;
  measureRefs: string[];
  owners: string[];
  milestones: { title: string; dueDate: string; doneOn: string | null }[];
  /** dated progress notes, oldest first; the last carries `status` and `percentComplete` */
  updates: { on: string; text: string }[];
  status: ActionStatus;
  percentComplete: number;
}

const DCS = "Director of Children's Services";
const AD_SAFEGUARDING = "Assistant Director, Safeguarding";
const AD_COMMISSIONING = "Assistant Director, Strategic Commissioning";
const HEAD_PERFORMANCE = "Head of Performance";
const HEAD_QA = "Head of Quality Assurance";
const HR_LEAD = "Head of HR, Children's Services";
const LSCB_MANAGER = "LSCB Business Manager";
const ICS_PM = "ICS Programme Manager";

export const DEMO_ACTIONS: DemoAction[] = [
  {
    ref: "A01",
    title: "Rebase the social work establishment at 81 posts and recruit to it",
    leadBody: "Council",
    startDate: "2011-12-01",
    dueDate: "2012-09-30",
    workstream: null,
    measureRefs: ["CC1", "CC2"],
    owners: [DCS, HR_LEAD],
    milestones: [
      {
        title: "Establishment of 81 agreed in the budget",
        dueDate: "2012-02-29",
        doneOn: "2012-02-23",
      },
      { title: "First recruitment round closed", dueDate: "2012-05-31", doneOn: null },
    ],
    updates: [
      { on: "2012-01-16", text: "Service need analysis complete; 81 posts proposed." },
      { on: "2012-02-23", text: "Council budget agreed an additional £1m for the establishment." },
      { on: "2012-04-02", text: "National advertising live; 14 offers made to date." },
    ],
    status: "in_progress",
    percentComplete: 45,
  },
  {
    ref: "A02",
    title: "Peripatetic team to clear the assessment backlog in Referral and Assessment",
    leadBody: "Council",
    startDate: "2012-01-18",
    dueDate: "2012-04-30",
    workstream: null,
    measureRefs: ["SCP1", "CC2"],
    owners: [AD_SAFEGUARDING],
    milestones: [
      { title: "Pod in place", dueDate: "2012-01-18", doneOn: "2012-01-18" },
      {
        title: "Backlog of open initial assessments under 20",
        dueDate: "2012-03-31",
        doneOn: "2012-03-28",
      },
    ],
    updates: [
      { on: "2012-01-18", text: "The additional pod started in Referral and Assessment today." },
      { on: "2012-02-20", text: "Open initial assessments down from 212 to 95." },
      {
        on: "2012-03-28",
        text: "Backlog cleared; business processes handed to the permanent team.",
      },
    ],
    status: "complete",
    percentComplete: 100,
  },
  {
    ref: "A03",
    title:
      "Revised quality assurance framework with monthly case-file audits and independent moderation",
    leadBody: "Council",
    startDate: "2012-01-09",
    dueDate: "2012-05-31",
    workstream: null,
    measureRefs: ["SCP1", "SCP2"],
    owners: [HEAD_QA],
    milestones: [
      { title: "Framework drafted", dueDate: "2012-02-29", doneOn: "2012-02-27" },
      { title: "Audit frequency agreed by the Board", dueDate: "2012-03-31", doneOn: "2012-03-27" },
      { title: "First audit report to the Board", dueDate: "2012-04-26", doneOn: null },
    ],
    updates: [
      { on: "2012-02-27", text: "Framework drafted with the LSCB; audit tool adopted." },
      {
        on: "2012-03-27",
        text: "Board agreed 40 case-file audits a month, 10% moderated independently.",
      },
    ],
    status: "in_progress",
    percentComplete: 60,
  },
  {
    ref: "A04",
    title:
      "Supervision policy: monthly recorded supervision with management oversight on every case",
    leadBody: "Council",
    startDate: "2012-02-01",
    dueDate: "2012-06-30",
    workstream: null,
    measureRefs: ["SCP3"],
    owners: [AD_SAFEGUARDING, HEAD_QA],
    milestones: [
      { title: "Policy issued", dueDate: "2012-03-15", doneOn: "2012-03-30" },
      { title: "Supervision audit of 20 files", dueDate: "2012-05-31", doneOn: null },
    ],
    updates: [
      { on: "2012-03-01", text: "Policy drafted; consultation with team managers." },
      { on: "2012-03-30", text: "Policy issued, two weeks later than planned." },
    ],
    status: "in_progress",
    percentComplete: 40,
  },
  {
    ref: "A05",
    title: "Multi-agency thresholds document agreed and briefed to partner agencies",
    leadBody: "Local Safeguarding Children Board",
    startDate: "2012-01-09",
    dueDate: "2012-04-30",
    workstream: null,
    measureRefs: ["SCP4"],
    owners: [LSCB_MANAGER, AD_SAFEGUARDING],
    milestones: [
      { title: "Thresholds agreed by the LSCB", dueDate: "2012-03-20", doneOn: "2012-03-20" },
      { title: "Briefings to police, health and schools", dueDate: "2012-04-30", doneOn: null },
    ],
    updates: [
      { on: "2012-03-20", text: "LSCB agreed the thresholds document." },
      { on: "2012-04-10", text: "Briefings held for police and health; schools outstanding." },
    ],
    status: "in_progress",
    percentComplete: 55,
  },
  {
    ref: "A06",
    title: "Early help strategy and a CAF coordinator post; CAF use reported by agency",
    leadBody: "Children's Trust",
    startDate: "2012-02-01",
    dueDate: "2012-07-31",
    workstream: null,
    measureRefs: ["SCP5"],
    owners: [AD_COMMISSIONING],
    milestones: [{ title: "CAF coordinator appointed", dueDate: "2012-04-30", doneOn: null }],
    updates: [{ on: "2012-03-05", text: "Draft strategy shared with the Children's Trust." }],
    status: "in_progress",
    percentComplete: 20,
  },
  {
    ref: "A07",
    title: "Caseload management: weighted caseloads by team and experience reported monthly",
    leadBody: "Council",
    startDate: "2012-02-01",
    dueDate: "2012-04-30",
    workstream: null,
    measureRefs: ["CC3", "PG5"],
    owners: [HEAD_PERFORMANCE],
    milestones: [
      { title: "Caseload report by worker agreed", dueDate: "2012-03-31", doneOn: "2012-03-26" },
    ],
    updates: [{ on: "2012-03-26", text: "Caseload report live; ASYE workers capped at 12 cases." }],
    status: "in_progress",
    percentComplete: 50,
  },
  {
    ref: "A08",
    title: "Induction, ASYE support and a training programme for all social care staff",
    leadBody: "Council",
    startDate: "2012-03-01",
    dueDate: "2012-12-31",
    workstream: null,
    measureRefs: ["CC4"],
    owners: [HR_LEAD],
    milestones: [{ title: "Training needs analysis", dueDate: "2012-05-31", doneOn: null }],
    updates: [],
    status: "not_started",
    percentComplete: 0,
  },
  {
    ref: "A09",
    title: "Vision and core strategy for safeguarding, communicated to staff and partners",
    leadBody: "Council",
    startDate: "2011-11-01",
    dueDate: "2012-03-31",
    workstream: null,
    measureRefs: ["PG1"],
    owners: [DCS],
    milestones: [],
    updates: [
      { on: "2012-01-30", text: "Core strategy approved by the Cabinet." },
      {
        on: "2012-03-16",
        text: "Staff roadshows held; partners briefed through the Children's Trust.",
      },
    ],
    status: "complete",
    percentComplete: 100,
  },
  {
    ref: "A10",
    title:
      "Permanent senior management team: assistant directors for safeguarding and commissioning",
    leadBody: "Council",
    startDate: "2011-11-01",
    dueDate: "2012-03-31",
    workstream: null,
    measureRefs: ["PG2"],
    owners: [DCS],
    milestones: [],
    updates: [{ on: "2012-03-26", text: "Both assistant directors in post." }],
    status: "complete",
    percentComplete: 100,
  },
  {
    ref: "A11",
    title: "Governance protocol between the Improvement Board, Children's Trust and LSCB",
    leadBody: "Improvement Board",
    startDate: "2012-01-09",
    dueDate: "2012-03-31",
    workstream: null,
    measureRefs: ["PG3"],
    owners: [DCS, LSCB_MANAGER],
    milestones: [],
    updates: [
      { on: "2012-03-12", text: "Draft protocol circulated; LSCB review still under way." },
    ],
    status: "in_progress",
    percentComplete: 70,
  },
  {
    ref: "A12",
    title: "Independent review of the Local Safeguarding Children Board",
    leadBody: "Local Safeguarding Children Board",
    startDate: "2012-02-01",
    dueDate: "2012-06-30",
    workstream: null,
    measureRefs: ["PG3", "SM2"],
    owners: [LSCB_MANAGER],
    milestones: [{ title: "Reviewer commissioned", dueDate: "2012-02-29", doneOn: "2012-02-14" }],
    updates: [{ on: "2012-02-14", text: "Independent reviewer commissioned." }],
    status: "in_progress",
    percentComplete: 30,
  },
  {
    ref: "A13",
    title: "Member development: corporate parenting and safeguarding training for all councillors",
    leadBody: "Council",
    startDate: "2012-02-01",
    dueDate: "2012-05-31",
    workstream: null,
    measureRefs: ["PG4", "SM2"],
    owners: [DCS],
    milestones: [{ title: "Two sessions held", dueDate: "2012-04-15", doneOn: null }],
    updates: [{ on: "2012-03-08", text: "First session held; 22 members attended." }],
    status: "in_progress",
    percentComplete: 35,
  },
  {
    ref: "A14",
    title: "Performance dataset with targets and trajectories agreed by the Improvement Board",
    leadBody: "Improvement Board",
    startDate: "2012-02-01",
    dueDate: "2012-04-30",
    workstream: null,
    measureRefs: ["PG5"],
    owners: [HEAD_PERFORMANCE],
    milestones: [
      { title: "Draft dataset to the Board", dueDate: "2012-03-27", doneOn: "2012-03-27" },
    ],
    updates: [
      {
        on: "2012-03-27",
        text: "Draft dataset and trajectories presented; Board asked for team breakdowns.",
      },
    ],
    status: "in_progress",
    percentComplete: 80,
  },
  {
    ref: "A15",
    title: "Sector support package and peer mentor for the Lead Member",
    leadBody: "Children's Improvement Board",
    startDate: "2012-02-01",
    dueDate: "2012-04-15",
    workstream: null,
    measureRefs: ["SM1"],
    owners: [DCS],
    milestones: [],
    updates: [{ on: "2012-03-01", text: "Peer mentor identified; package under discussion." }],
    status: "in_progress",
    percentComplete: 50,
  },
  {
    ref: "ICS1",
    title: "ICS: data migration from the old system, validated by team managers",
    leadBody: "Council",
    startDate: "2012-01-09",
    dueDate: "2012-04-02",
    workstream: "ics",
    measureRefs: ["SCP6"],
    owners: [ICS_PM],
    milestones: [
      { title: "Trial migration", dueDate: "2012-02-29", doneOn: "2012-03-05" },
      { title: "Final migration", dueDate: "2012-03-30", doneOn: "2012-03-31" },
    ],
    updates: [
      { on: "2012-03-05", text: "Trial migration complete; 312 records need manual correction." },
      { on: "2012-04-02", text: "Final migration done over the weekend; system live." },
    ],
    status: "complete",
    percentComplete: 100,
  },
  {
    ref: "ICS2",
    title: "ICS: interim case recording standards until go-live, and training for every user",
    leadBody: "Council",
    startDate: "2012-01-09",
    dueDate: "2012-05-31",
    workstream: "ics",
    measureRefs: ["SCP6"],
    owners: [ICS_PM, HEAD_QA],
    milestones: [{ title: "All social workers trained", dueDate: "2012-03-30", doneOn: null }],
    updates: [{ on: "2012-03-30", text: "148 of 171 users trained; agency staff lagging." }],
    status: "in_progress",
    percentComplete: 85,
  },
  {
    ref: "ICS3",
    title: "ICS: performance reports rebuilt for the new system",
    leadBody: "Council",
    startDate: "2012-03-01",
    dueDate: "2012-04-20",
    workstream: "ics",
    measureRefs: ["SCP6", "PG5"],
    owners: [HEAD_PERFORMANCE, ICS_PM],
    milestones: [],
    updates: [
      { on: "2012-04-10", text: "Supplier's report pack does not cover CIN census fields." },
    ],
    status: "blocked",
    percentComplete: 40,
  },
];

export const DEMO_ICS_ISSUES = [
  {
    ref: "ICS-01",
    raisedOn: "2012-03-05",
    issue: "312 migrated records have no allocated worker",
    impact: "Children could appear unallocated in caseload reports",
    actionTaken: "Team managers corrected allocations by hand before go-live",
    status: "closed",
  },
  {
    ref: "ICS-02",
    raisedOn: "2012-03-30",
    issue: "Agency social workers behind on ICS training",
    impact: "Recording quality risk in Referral and Assessment",
    actionTaken: "Extra sessions booked; agency contracts require attendance",
    status: "open",
  },
  {
    ref: "ICS-03",
    raisedOn: "2012-04-10",
    issue: "Supplier report pack omits CIN census fields",
    impact: "Monthly performance dataset at risk for the May Board",
    actionTaken: "Escalated to the supplier; interim extract written in-house",
    status: "open",
  },
];

export const DEMO_BODIES = [
  {
    key: "improvement_board",
    name: "Improvement Board",
    remit:
      "Oversees the Improvement Notice: approves the Improvement Plan, receives monthly performance and plan reports, and reports to the minister through its independent chair.",
    accountableTo: "Parliamentary Under Secretary of State for Children and Families",
    members: [
      { name: "Janet Hale", role: "Independent chair", organisation: "Independent" },
      { name: "Rachel Stone", role: "DfE observer", organisation: "Department for Education" },
      {
        name: "Cllr Ruth Barker",
        role: "Lead member for children's services",
        organisation: "Council",
      },
      { name: "Sue Whitfield", role: "Director of Children's Services", organisation: "Council" },
      { name: "Dr Amir Khan", role: "Partner: health", organisation: "NHS clinical commissioning" },
      { name: "Det Supt Paul Grant", role: "Partner: police", organisation: "Constabulary" },
      { name: "Alison Reeve", role: "Independent LSCB chair", organisation: "LSCB" },
    ],
  },
  {
    key: "childrens_trust",
    name: "Children's Trust",
    remit: "Partnership commissioning of children's services, including early help and CAF.",
    accountableTo: "Improvement Board",
    members: [
      { name: "Cllr Ruth Barker", role: "Chair", organisation: "Council" },
      { name: "Sue Whitfield", role: "Director of Children's Services", organisation: "Council" },
    ],
  },
  {
    key: "lscb",
    name: "Local Safeguarding Children Board",
    remit: "Statutory board coordinating and scrutinising safeguarding across agencies.",
    accountableTo: "Chief Executive",
    members: [{ name: "Alison Reeve", role: "Independent chair", organisation: "LSCB" }],
  },
  {
    key: "scrutiny",
    name: "Scrutiny Task and Finish Group",
    remit: "Elected members' scrutiny of children's social care performance and practice.",
    accountableTo: "Council",
    members: [{ name: "Cllr Margaret Ellis", role: "Chair", organisation: "Council" }],
  },
];

export interface DemoMeeting {
  bodyKey: string;
  date: string;
  title: string;
  minutes: string;
  agenda: string[];
  decisions: string[];
  actions: { text: string; owner: string; dueDate: string; doneOn: string | null }[];
}

const BOARD_AGENDA = [
  "Apologies and minutes of the last meeting",
  "Performance dataset and exceptions",
  "Improvement Plan progress by measure",
  "ICS implementation: issue log",
  "Any other business",
];

export const DEMO_MEETINGS: DemoMeeting[] = [
  {
    bodyKey: "improvement_board",
    date: "2012-01-10",
    title: "Improvement Board, January 2012",
    minutes: "First meeting. Terms of reference agreed; draft Improvement Plan presented.",
    agenda: ["Terms of reference", "Draft Improvement Plan", "Any other business"],
    decisions: ["Terms of reference agreed, with monthly meetings."],
    actions: [
      {
        text: "Circulate the final Improvement Plan before the February Board",
        owner: DCS,
        dueDate: "2012-01-31",
        doneOn: "2012-01-30",
      },
    ],
  },
  {
    bodyKey: "improvement_board",
    date: "2012-02-07",
    title: "Improvement Board, February 2012",
    minutes:
      "The chair noted progress and commended the speed at which a senior management team had been assembled. The Board approved the final version of the Improvement Plan.",
    agenda: BOARD_AGENDA,
    decisions: ["The Board approved the final version of the Improvement Plan (version 1)."],
    actions: [
      {
        text: "Bring a draft performance dataset with trajectories to the March Board",
        owner: HEAD_PERFORMANCE,
        dueDate: "2012-03-27",
        doneOn: "2012-03-27",
      },
    ],
  },
  {
    bodyKey: "improvement_board",
    date: "2012-03-27",
    title: "Improvement Board, March 2012",
    minutes: "Draft dataset presented. The Board agreed a case-file audit frequency of 40 a month.",
    agenda: BOARD_AGENDA,
    decisions: ["Case-file audits: 40 a month, 10% independently moderated."],
    actions: [
      {
        text: "Break the dataset down by team for the April Board",
        owner: HEAD_PERFORMANCE,
        dueDate: "2012-04-20",
        doneOn: null,
      },
      {
        text: "Report agency social worker numbers by team",
        owner: HR_LEAD,
        dueDate: "2012-05-29",
        doneOn: null,
      },
    ],
  },
  {
    bodyKey: "improvement_board",
    date: "2012-04-26",
    title: "Improvement Board, April 2012",
    minutes: "",
    agenda: [
      "Apologies and minutes of the last meeting",
      "Approval of the revised Improvement Plan (version 2)",
      "Performance dataset: targets and trajectories",
      "Improvement Plan progress by measure",
      "ICS implementation: issue log",
      "Any other business",
    ],
    decisions: [],
    actions: [],
  },
  {
    bodyKey: "improvement_board",
    date: "2012-05-29",
    title: "Improvement Board, May 2012",
    minutes: "",
    agenda: BOARD_AGENDA,
    decisions: [],
    actions: [],
  },
  {
    bodyKey: "scrutiny",
    date: "2012-02-08",
    title: "Scrutiny Task and Finish Group, February 2012",
    minutes:
      "Members discussed progress with the Director and reported on their deep dive into the new ICS.",
    agenda: ["Performance of the service", "ICS deep dive"],
    decisions: [],
    actions: [],
  },
];
