/**
 * The council's social work workforce over time: posts in each team, filled in turn by
 * permanent and agency workers. Before the notice most vacancies went to agency locums
 * who stayed months, not years; from the rebasing of the establishment at 81 social
 * workers (March 2012) agency workers are replaced by permanent recruits. The
 * peripatetic pod joins Referral and Assessment on 18 January 2012 (committee report).
 *
 * Workers only start on or before the last workforce census in the range, so every
 * worker a child is allocated to appears in some census file (as in post or as a leaver).
 */
import { DEMO_TEAMS, type DemoTeamName } from "../demo-people.ts";
import { type Day, day } from "./days.ts";
import { ETHNICITIES, NOTICE_DATE, POD_START, REBASE_DATE } from "./distributions.ts";
import { mixSeed, Rng } from "./sampling.ts";

/** CSWW OrgRole: 3 team manager, 4 senior practitioner, 5 case-holding social worker. */
export type OrgRole = "3" | "4" | "5";

export interface Worker {
  index: number;
  staffId: string;
  team: DemoTeamName;
  orgRole: OrgRole;
  agency: boolean;
  fte: number;
  start: Day;
  /** last day in post, or null when still in post at the end of the range */
  end: Day | null;
  dob: Day;
  sex: "1" | "2";
  ethnicity: string;
  /** CSWW StartOrigin, permanent staff only */
  startOrigin: string | null;
  /** seed for the census details that vary year to year (sickness, absence) */
  seed: number;
}

/** Case-holding posts per team: 74 before the rebasing, 81 after. */
const POSTS: Record<DemoTeamName, { before: number; after: number; seniors: number }> = {
  "Referral and Assessment": { before: 18, after: 21, seniors: 3 },
  "Safeguarding 1": { before: 14, after: 15, seniors: 2 },
  "Safeguarding 2": { before: 13, after: 15, seniors: 2 },
  "Looked After Children": { before: 13, after: 14, seniors: 2 },
  "Leaving Care": { before: 7, after: 7, seniors: 1 },
  "Disabled Children": { before: 9, after: 9, seniors: 1 },
};

const POD_SIZE = 5;
const POD_END = day("2012-12-14");

/** Share of new appointments that are agency locums. */
function agencyShareOfStarts(d: Day): number {
  if (d < day("2011-01-01")) return 0.75;
  if (d < NOTICE_DATE) return 0.86;
  if (d < REBASE_DATE) return 0.5;
  return 0.1;
}

export interface WorkforceOptions {
  seed: number;
  copy: number;
  /** volume factor of this copy (1 for a whole council) */
  factor: number;
  from: Day;
  to: Day;
  censusDates: readonly Day[];
}

interface ActiveSegment {
  from: Day;
  workers: Worker[];
}

export class Workforce {
  readonly workers: Worker[] = [];
  readonly censusDates: readonly Day[];
  /** caseloads: [worker index * census count + census index] */
  readonly caseloads: Int32Array;
  /** case-holding posts in the establishment on each census date */
  readonly establishment: number[];
  private readonly active = new Map<DemoTeamName, ActiveSegment[]>();
  private readonly copy: number;
  private serial = 0;

  constructor(options: WorkforceOptions) {
    this.copy = options.copy;
    this.censusDates = options.censusDates;
    const rng = new Rng(mixSeed(options.seed, options.copy, 0x57aff));
    const lastStart = options.censusDates.length
      ? (options.censusDates[options.censusDates.length - 1] as Day)
      : options.from;
    const historyStart = options.from - 8 * 365;
    this.establishment = options.censusDates.map(() => 0);

    for (const team of DEMO_TEAMS) {
      const posts = POSTS[team.name];
      const before = Math.max(1, Math.round(posts.before * options.factor));
      const after = Math.max(before, Math.round(posts.after * options.factor));
      const seniors = Math.min(before, Math.max(0, Math.round(posts.seniors * options.factor)));
      for (let post = 0; post < after; post++) {
        const role: OrgRole = post < seniors ? "4" : "5";
        const opens = post < before ? historyStart : REBASE_DATE + rng.int(20, 150);
        this.fillPost(rng, team.name, role, opens, lastStart, options.to);
        options.censusDates.forEach((c, i) => {
          if (post < before || c >= REBASE_DATE) {
            this.establishment[i] = (this.establishment[i] ?? 0) + 1;
          }
        });
      }
      this.fillPost(rng, team.name, "3", historyStart, lastStart, options.to);
    }
    if (POD_START >= options.from && POD_START <= lastStart) this.addPod(rng, options.to);
    this.caseloads = new Int32Array(this.workers.length * options.censusDates.length);
    this.indexActive();
  }

  /** A post's occupants from `opens`: tenures, vacancies, agency or permanent. */
  private fillPost(
    rng: Rng,
    team: DemoTeamName,
    role: OrgRole,
    opens: Day,
    lastStart: Day,
    to: Day,
  ): void {
    let t = opens;
    while (t <= lastStart && t <= to) {
      const manager = role === "3";
      const agency = rng.chance(agencyShareOfStarts(t) * (manager ? 0.6 : 1));
      const meanTenure = agency ? 240 : t < REBASE_DATE ? 1000 : 1600;
      let end = t + Math.max(20, Math.round(rng.expo(meanTenure)));
      // The notice: locums in post are replaced by permanent recruits through 2012.
      if (agency && t < REBASE_DATE && end > REBASE_DATE && rng.chance(0.75)) {
        end = REBASE_DATE + rng.int(20, 200);
      }
      this.addWorker(rng, team, role, agency, t, end > to ? null : end);
      if (end >= to) return;
      const gap = t < NOTICE_DATE ? rng.expo(45) : rng.expo(12);
      t = end + 1 + Math.round(gap);
    }
  }

  private addPod(rng: Rng, to: Day): void {
    const team: DemoTeamName = "Referral and Assessment";
    this.addWorker(rng, team, "3", true, POD_START, POD_END > to ? null : POD_END);
    for (let i = 0; i < POD_SIZE; i++) {
      const end = POD_END - rng.int(0, 30);
      this.addWorker(rng, team, "5", true, POD_START, end > to ? null : end);
    }
  }

  private addWorker(
    rng: Rng,
    team: DemoTeamName,
    orgRole: OrgRole,
    agency: boolean,
    start: Day,
    end: Day | null,
  ): void {
    const serial = this.serial++;
    const ageAtStart = orgRole === "5" ? rng.int(23, 58) : rng.int(30, 60);
    const dob = start - ageAtStart * 365 - rng.int(0, 364);
    const newlyQualified =
      !agency && orgRole === "5" && rng.chance(start > NOTICE_DATE ? 0.3 : 0.15);
    const origin = newlyQualified
      ? "1"
      : agency
        ? null
        : start > NOTICE_DATE
          ? rng.pick(["2", "2", "4", "4", "3", "5", "9"])
          : rng.pick(["2", "2", "2", "4", "5", "6", "9"]);
    this.workers.push({
      index: this.workers.length,
      staffId: sweNumber(this.copy, serial),
      team,
      orgRole,
      agency,
      fte: rng.chance(0.82) ? 1 : rng.pick([0.5, 0.6, 0.8, 0.8, 0.9]),
      start,
      end,
      dob,
      sex: rng.chance(0.84) ? "2" : "1",
      ethnicity: ETHNICITIES.draw(rng),
      startOrigin: origin,
      seed: mixSeed(this.copy, serial, 0xc55),
    });
  }

  /** For each team, the case holders in post from each change day on. */
  private indexActive(): void {
    for (const team of DEMO_TEAMS) {
      const holders = this.workers.filter((w) => w.team === team.name && w.orgRole !== "3");
      const changes = new Set<Day>();
      for (const w of holders) {
        changes.add(w.start);
        if (w.end !== null) changes.add(w.end + 1);
      }
      const segments: ActiveSegment[] = [...changes]
        .sort((a, b) => a - b)
        .map((from) => ({
          from,
          workers: holders.filter((w) => w.start <= from && (w.end === null || w.end >= from)),
        }));
      this.active.set(team.name, segments);
    }
  }

  /** A case holder of the team in post on day d (at random), or null if there is none. */
  pick(team: DemoTeamName, d: Day, rng: Rng): Worker | null {
    const segments = this.active.get(team);
    if (!segments || segments.length === 0) return null;
    let lo = 0;
    let hi = segments.length - 1;
    if ((segments[0] as ActiveSegment).from > d) return null;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((segments[mid] as ActiveSegment).from <= d) lo = mid;
      else hi = mid - 1;
    }
    const workers = (segments[lo] as ActiveSegment).workers;
    if (workers.length === 0) return null;
    return workers[Math.floor(rng.next() * workers.length)] ?? null;
  }

  /** Counts an allocation in the caseload of its worker on each census date it spans. */
  countCase(worker: Worker, start: Day, end: Day | null): void {
    const n = this.censusDates.length;
    for (let i = 0; i < n; i++) {
      const c = this.censusDates[i] as Day;
      if (start <= c && (end === null || end > c)) {
        const at = worker.index * n + i;
        this.caseloads[at] = (this.caseloads[at] ?? 0) + 1;
      }
    }
  }

  caseload(worker: Worker, censusIndex: number): number {
    return this.caseloads[worker.index * this.censusDates.length + censusIndex] ?? 0;
  }
}

/**
 * CSWW `SWENo` is two letters and ten digits. A bijection on the serial makes the numbers
 * look issued rather than counted while staying unique within a copy.
 */
function sweNumber(copy: number, serial: number): string {
  const scrambled = (serial * 7919 + 104_729) % 10_000_000;
  return `SW${String(copy % 1000).padStart(3, "0")}${String(scrambled).padStart(7, "0")}`;
}
