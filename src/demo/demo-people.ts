/**
 * The demo council's teams and one sign-in per role. The teams follow the committee report
 * in ../shared/seeds (referral and assessment, safeguarding, looked-after children,
 * leaving care, disabled children). All people are fictional.
 */
import type { Role } from "../platform/access/roles.ts";

/** One password for every demo account, printed at start; it meets the password policy. */
export const DEMO_PASSWORD = "improvement-board-2012";

export const DEMO_TEAMS = [
  { name: "Referral and Assessment", service: "Safeguarding" },
  { name: "Safeguarding 1", service: "Safeguarding" },
  { name: "Safeguarding 2", service: "Safeguarding" },
  { name: "Looked After Children", service: "Children in Care" },
  { name: "Leaving Care", service: "Children in Care" },
  { name: "Disabled Children", service: "Children with Disabilities" },
] as const;

export type DemoTeamName = (typeof DEMO_TEAMS)[number]["name"];

export interface DemoPerson {
  username: string;
  displayName: string;
  role: Role;
  teams: DemoTeamName[];
}

export const DEMO_PEOPLE: DemoPerson[] = [
  { username: "perf.officer", displayName: "Priya Shah", role: "performance_officer", teams: [] },
  {
    username: "sw.referral",
    displayName: "Tom Okafor",
    role: "social_worker",
    teams: ["Referral and Assessment"],
  },
  {
    username: "tm.safeguarding",
    displayName: "Helen Marsh",
    role: "team_manager",
    teams: ["Safeguarding 1"],
  },
  { username: "qa.lead", displayName: "Gareth Lloyd", role: "qa_lead", teams: [] },
  { username: "director", displayName: "Sue Whitfield", role: "director", teams: [] },
  { username: "chair", displayName: "Janet Hale", role: "board_chair", teams: [] },
  { username: "board.member", displayName: "Dr Amir Khan", role: "board_member", teams: [] },
  { username: "dfe.observer", displayName: "Rachel Stone", role: "dfe_observer", teams: [] },
  { username: "councillor", displayName: "Cllr Margaret Ellis", role: "elected_member", teams: [] },
  { username: "admin", displayName: "Sam Patel", role: "admin", teams: [] },
];
