/**
 * One child's whole history as the case system would hold it at the end of the range.
 * Writers take views of it at each extract's reference date (what was known then), which
 * is how a referral open across 31 March appears in two census years with the same
 * content apart from what happened in between.
 */
import type { DemoTeamName } from "../demo-people.ts";
import type { Day } from "./days.ts";

export interface ChildIdentity {
  id: string;
  dob: Day;
  sex: "1" | "2";
  ethnicity: string;
  disabilities: string[];
  upn: string | null;
  homePostcode: string;
  /** the safeguarding team that covers the child's home (the city is split in two) */
  safeguardingTeam: DemoTeamName;
  /** seed for details drawn per collection year (OC2 health checks) */
  seed: number;
}

export interface Assessment {
  kind: "initial" | "core";
  start: Day;
  completion: Day | null;
  referralDate: Day;
  childSeen: boolean | null;
}

export interface Section47 {
  start: Day;
  icpcTarget: Day;
  icpc: Day | null;
  icpcNotRequired: boolean;
}

export interface CpPlan {
  start: Day;
  end: Day | null;
  initialCategory: string;
  /** a category change decided at a review conference */
  categoryChange: { on: Day; category: string } | null;
  previousPlans: number;
  reviews: Day[];
}

export interface CinPlan {
  start: Day;
  end: Day | null;
}

export interface Referral {
  date: Day;
  source: string;
  need: string;
  nfa: boolean;
  closure: Day | null;
  closureReason: string | null;
  assessments: Assessment[];
  s47s: Section47[];
  cpPlans: CpPlan[];
  cinPlans: CinPlan[];
}

export interface Episode {
  decom: Day;
  rne: string;
  ls: string;
  cin: string;
  place: string;
  provider: string;
  dec: Day | null;
  rec: string | null;
  homePostcode: string;
  placementPostcode: string;
  urn: string;
}

export interface MissingEpisode {
  start: Day;
  end: Day | null;
  kind: "M" | "A";
}

export interface CareLeaverOutcome {
  /** the day the young person turned 19: the OC3 year is the one containing it */
  nineteenth: Day;
  inTouch: string;
  activity: string;
  accommodation: string;
}

export interface Contact {
  date: Day;
  source: string;
  outcome: string;
}

export interface EarlyHelp {
  start: Day;
  completion: Day | null;
  organisation: string;
}

export interface Visit {
  kind: "cp" | "cin" | "lac";
  date: Day;
  childSeen: boolean;
  seenAlone: boolean | null;
}

export interface Allocation {
  team: DemoTeamName;
  staffId: string | null;
  start: Day;
  end: Day | null;
}

export interface ChildStory {
  child: ChildIdentity;
  contacts: Contact[];
  earlyHelp: EarlyHelp[];
  referrals: Referral[];
  /** all SSDA903 episodes, in order; a period of care starts at each RNE S */
  episodes: Episode[];
  lacReviews: Day[];
  missing: MissingEpisode[];
  careLeaver: CareLeaverOutcome | null;
  visits: Visit[];
  allocations: Allocation[];
}

export function emptyStory(child: ChildIdentity): ChildStory {
  return {
    child,
    contacts: [],
    earlyHelp: [],
    referrals: [],
    episodes: [],
    lacReviews: [],
    missing: [],
    careLeaver: null,
    visits: [],
    allocations: [],
  };
}
