/**
 * A period of care as the SSDA903 return records it: episodes that change with each
 * placement or legal status (RNE S, P, L, T, U, B), reviews (first within 20 working days,
 * the second within three months, then six-monthly), missing episodes and, for young
 * people looked after at 16, what they were doing at 19 (OC3). The way out of care
 * depends on age: adoption or a special guardianship order for the youngest, home for
 * many, staying until 18 for a large share of those who came in as teenagers.
 */
import { DEMO_TEAMS } from "../demo-people.ts";
import {
  addMonthsDay,
  addWorkingDays,
  birthday,
  type Day,
  onOrAfterWorkingDay,
  onOrBeforeWorkingDay,
} from "./days.ts";
import {
  AWAY_DISTRICTS,
  blend,
  drawPostcode,
  HOME_DISTRICTS,
  practice,
  REBASE_DATE,
} from "./distributions.ts";
import type { Rng } from "./sampling.ts";
import { Weighted } from "./sampling.ts";
import { currentTeam, holdCase, type Sim } from "./sim.ts";
import type { Episode } from "./story.ts";
import { lacVisits } from "./visits.ts";

export type CareRoute = "emergency" | "proceedings" | "s20";
export type CareExit = "adoption" | "sgo" | "ro" | "home" | "eighteen" | "other";

export interface CareResult {
  /** the day the period of care ended, or null if still looked after at the horizon */
  exit: Day | null;
  kind: CareExit;
}

interface Placement {
  place: string;
  provider: string;
  postcode: string;
  urn: string;
}

interface Change {
  day: Day;
  ls: string | null;
  placement: Placement | null;
  /** a change of placement with the same carers (foster carers adopting, say) */
  sameCarers: boolean;
}

const FIRST_YOUNG = new Weighted([
  ["U6", 72],
  ["U3", 20],
  ["P1", 2],
] as const);
const FIRST_TEEN = new Weighted([
  ["U6", 56],
  ["U3", 10],
  ["K2", 28],
  ["K1", 2],
  ["S1", 2],
] as const);
const LATER_YOUNG = new Weighted([
  ["U6", 42],
  ["U4", 32],
  ["U3", 8],
  ["U1", 7],
  ["P1", 6],
  ["R1", 2],
  ["S1", 1],
] as const);
const LATER_TEEN = new Weighted([
  ["U6", 36],
  ["U4", 22],
  ["K2", 26],
  ["U3", 5],
  ["P1", 5],
  ["S1", 2],
  ["K1", 1],
  ["R5", 2],
] as const);

const TEAM_LAC = DEMO_TEAMS[3].name;
const TEAM_LEAVING = DEMO_TEAMS[4].name;
const TEAM_DISABLED = DEMO_TEAMS[5].name;
const TEAM_REFERRAL = DEMO_TEAMS[0].name;

function provider(rng: Rng, place: string, d: Day): string {
  if (place === "P1") return "PR0";
  if (place.startsWith("U")) return rng.chance(d < REBASE_DATE ? 0.6 : 0.66) ? "PR1" : "PR4";
  if (place === "K2") return rng.pick(["PR4", "PR4", "PR4", "PR1", "PR5"]);
  if (place === "K1") return "PR2";
  if (place === "R5") return "PR3";
  if (place === "S1") return rng.pick(["PR4", "PR5"]);
  if (place.startsWith("A")) return rng.pick(["PR1", "PR1", "PR1", "PR2", "PR5"]);
  return "PR4";
}

function makePlacement(sim: Sim, place: string, d: Day): Placement {
  const { rng, story } = sim;
  const prov = provider(rng, place, d);
  const local = place === "P1" || rng.chance(prov === "PR1" ? 0.88 : 0.4);
  const postcode =
    place === "P1"
      ? story.child.homePostcode
      : drawPostcode(rng, local ? rng.pick(HOME_DISTRICTS) : rng.pick(AWAY_DISTRICTS));
  // Ofsted URNs belong to registered providers; placements with parents or adopters have none.
  const urn =
    place === "P1" || place.startsWith("A")
      ? ""
      : `SC${String(rng.int(0, 999_999)).padStart(6, "0")}`;
  return { place, provider: prov, postcode, urn };
}

const REC_EIGHTEEN = new Weighted([
  ["E5", 35],
  ["E6", 10],
  ["E8", 38],
  ["E7", 5],
  ["E13", 12],
] as const);

function recFor(rng: Rng, kind: CareExit, age: number): string {
  switch (kind) {
    case "adoption":
      return rng.chance(0.6) ? "E11" : "E12";
    case "sgo":
      return rng.chance(0.6) ? "E45" : "E46";
    case "ro":
      return "E41";
    case "home":
      return rng.chance(0.85) ? "E4A" : "E4B";
    case "eighteen":
      return REC_EIGHTEEN.draw(rng);
    case "other":
      return age >= 14 && rng.chance(0.3) ? "E9" : rng.chance(0.55) ? "E3" : "E8";
  }
}

function chooseExit(rng: Rng, age: number, proceedings: boolean): CareExit {
  const u = rng.next();
  let kind: CareExit;
  if (age < 1)
    kind =
      u < 0.42 ? "adoption" : u < 0.55 ? "sgo" : u < 0.62 ? "ro" : u < 0.82 ? "home" : "eighteen";
  else if (age < 5)
    kind =
      u < 0.22 ? "adoption" : u < 0.4 ? "sgo" : u < 0.47 ? "ro" : u < 0.77 ? "home" : "eighteen";
  else if (age < 11)
    kind = u < 0.15 ? "sgo" : u < 0.2 ? "ro" : u < 0.62 ? "home" : u < 0.97 ? "eighteen" : "other";
  else if (age < 16) kind = u < 0.45 ? "home" : u < 0.9 ? "eighteen" : "other";
  else kind = u < 0.35 ? "home" : "eighteen";
  if (!proceedings && (kind === "adoption" || kind === "sgo" || kind === "ro")) kind = "home";
  return kind;
}

export function runCare(sim: Sim, entry: Day, route: CareRoute, need: string): CareResult {
  const { rng, story, horizon } = sim;
  const dob = story.child.dob;
  const age = (entry - dob) / 365.25;

  // Legal status: police protection or an EPO first in an emergency; proceedings mean an
  // interim care order, then a full care order (or a placement order) at the final hearing.
  const changes: Change[] = [];
  let first: string;
  let proceedings: boolean;
  if (route === "emergency") {
    first = rng.chance(0.6) ? "L1" : "L2";
    proceedings = rng.chance(0.7);
  } else if (route === "proceedings") {
    first = "C1";
    proceedings = true;
  } else {
    first = "V2";
    proceedings = rng.chance(age < 10 ? 0.25 : 0.08);
  }
  let interimFrom = entry;
  if (first === "L1" || first === "L2") {
    interimFrom = entry + (first === "L1" ? rng.int(1, 3) : rng.int(6, 8));
    changes.push({
      day: interimFrom,
      ls: proceedings ? "C1" : "V2",
      placement: null,
      sameCarers: false,
    });
  } else if (first === "V2" && proceedings) {
    interimFrom = entry + rng.int(40, 200);
    changes.push({ day: interimFrom, ls: "C1", placement: null, sameCarers: false });
  }
  const hearing = proceedings
    ? onOrAfterWorkingDay(
        interimFrom + Math.round(Math.min(700, Math.max(120, rng.lognormal(300, 0.3)))),
      )
    : null;

  let kind = chooseExit(rng, age, proceedings);
  let adoptionPlacement: Day | null = null;
  let exit: Day;
  if (kind === "adoption" && hearing !== null) {
    adoptionPlacement = hearing + rng.int(60, 240);
    exit = adoptionPlacement + rng.int(120, 330);
  } else if ((kind === "sgo" || kind === "ro") && hearing !== null) {
    exit = rng.chance(0.45) ? hearing : hearing + rng.int(60, 400);
  } else if (kind === "home") {
    const median = proceedings ? 330 : 100;
    exit = entry + Math.max(3, Math.round(rng.lognormal(median, proceedings ? 0.5 : 0.9)));
  } else if (kind === "other") {
    exit = entry + rng.int(20, 700);
  } else {
    exit = sim.eighteenth;
  }
  if (exit >= sim.eighteenth) {
    exit = sim.eighteenth;
    kind = "eighteen";
  } else if (rng.chance(0.9)) {
    exit = Math.min(onOrAfterWorkingDay(exit), sim.eighteenth);
  }
  if (hearing !== null && hearing < exit) {
    changes.push({
      day: hearing,
      ls: kind === "adoption" ? "E1" : "C2",
      placement: null,
      sameCarers: false,
    });
  }

  // Placements: most children settle after a first (often emergency) placement; a few,
  // mostly teenagers, move again and again.
  const unstable = rng.chance(age >= 11 ? 0.11 : 0.04);
  const teen = (d: Day) => d - dob >= 11 * 365.25;
  let current = makePlacement(sim, (teen(entry) ? FIRST_TEEN : FIRST_YOUNG).draw(rng), entry);
  changes.push({ day: entry, ls: first, placement: current, sameCarers: false });
  const stopMoves = Math.min(exit, adoptionPlacement ?? exit, horizon + 1);
  let t = entry;
  for (let moves = 0; moves < 60; moves++) {
    const mean = unstable ? 100 : moves === 0 ? (rng.chance(0.35) ? 80 : 700) : 750;
    // Before the notice placements broke down a little more often.
    t += 3 + Math.round(rng.expo(mean * blend(practice(t), 0.85, 1.1)));
    if (t >= stopMoves - 1) break;
    // A stable foster placement may become long-term with the same carers (RNE U).
    if (current.place === "U6" && hearing !== null && t > hearing && rng.chance(0.3)) {
      current = { ...current, place: "U4" };
      changes.push({ day: t, ls: null, placement: current, sameCarers: true });
      continue;
    }
    current = makePlacement(sim, (teen(t) ? LATER_TEEN : LATER_YOUNG).draw(rng), t);
    changes.push({ day: t, ls: null, placement: current, sameCarers: false });
  }
  if (adoptionPlacement !== null && adoptionPlacement < exit && adoptionPlacement <= horizon) {
    const sameCarers = current.place.startsWith("U") && rng.chance(0.18);
    const place = makePlacement(sim, sameCarers ? "A6" : "A5", adoptionPlacement);
    changes.push({ day: adoptionPlacement, ls: null, placement: place, sameCarers });
  }

  const placementStarts = buildEpisodes(sim, changes, entry, exit, recFor(rng, kind, age), need);
  const known = exit <= horizon ? exit : null;
  lacReviews(sim, entry, known);
  missingEpisodes(sim, entry, known);
  careLeaver(sim, entry, exit);
  careTeams(sim, entry, hearing, exit);
  lacVisits(sim, placementStarts, known);
  return { exit: known, kind };
}

/** Merges same-day changes and writes the episodes; returns the days placements began. */
function buildEpisodes(
  sim: Sim,
  changes: Change[],
  entry: Day,
  exit: Day,
  rec: string,
  need: string,
): Day[] {
  const { story, horizon } = sim;
  changes.sort((a, b) => a.day - b.day);
  const cin = /^N[1-8]$/.test(need) ? need : "N1";
  let ls = "";
  let placement: Placement | null = null;
  let open: Episode | null = null;
  const starts: Day[] = [];
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i] as Change;
    if (change.day > horizon || change.day >= exit) break;
    // Gather everything that changes on this day.
    let newLs = change.ls;
    let newPlacement = change.placement;
    let sameCarers = change.sameCarers;
    while (i + 1 < changes.length && (changes[i + 1] as Change).day === change.day) {
      const next = changes[++i] as Change;
      newLs = next.ls ?? newLs;
      if (next.placement) {
        newPlacement = next.placement;
        sameCarers = next.sameCarers;
      }
    }
    const legalChange = newLs !== null && newLs !== ls;
    const placementChange = newPlacement !== null;
    if (open !== null && !legalChange && !placementChange) continue;
    let rne = "S";
    if (open !== null) {
      if (placementChange) rne = legalChange ? (sameCarers ? "B" : "T") : sameCarers ? "U" : "P";
      else rne = "L";
      open.dec = change.day;
      open.rec = "X1";
    }
    if (newLs !== null) ls = newLs;
    if (newPlacement !== null) placement = newPlacement;
    if (placementChange) starts.push(change.day);
    const p = placement as Placement;
    open = {
      decom: change.day,
      rne,
      ls,
      cin,
      place: p.place,
      provider: p.provider,
      dec: null,
      rec: null,
      homePostcode: story.child.homePostcode,
      placementPostcode: p.postcode,
      urn: p.urn,
    };
    story.episodes.push(open);
  }
  if (open !== null && exit <= horizon) {
    open.dec = exit;
    open.rec = rec;
  }
  if (open === null) throw new Error(`internal: period of care from ${entry} has no episode`);
  return starts;
}

/** Reviews: first within 20 working days, then three months, then six-monthly; some late. */
function lacReviews(sim: Sim, entry: Day, exit: Day | null): void {
  const { rng, story, horizon } = sim;
  const stop = Math.min(exit ?? horizon + 1, horizon + 1);
  // The indicator needs every review of the period on time, so lateness is rare per review.
  const firstOnTime = rng.chance(blend(practice(entry), 0.86, 0.98));
  const onTime = (d: Day) => rng.chance(blend(practice(d), 0.985, 0.998));
  let review = addWorkingDays(entry, firstOnTime ? rng.int(8, 20) : rng.int(21, 40));
  let months = 3;
  for (let guard = 0; guard < 60 && review < stop; guard++) {
    story.lacReviews.push(review);
    const due = addMonthsDay(review, months);
    const next = onTime(due)
      ? onOrBeforeWorkingDay(due - rng.int(0, 14))
      : onOrAfterWorkingDay(due + rng.int(1, 35));
    review = Math.max(next, review + 1);
    months = 6;
  }
}

/** Older children in care go missing or are away without authorisation; a few repeatedly. */
function missingEpisodes(sim: Sim, entry: Day, exit: Day | null): void {
  const { rng, story, horizon } = sim;
  const eleven = birthday(story.child.dob, 11);
  const stop = Math.min(exit ?? horizon, horizon);
  if (stop < eleven) return;
  const rate = rng.chance(0.22) ? 3 : 0.12;
  let t = Math.max(entry, eleven, sim.from - 400);
  for (let guard = 0; guard < 200; guard++) {
    t += 1 + Math.round(rng.expo(365 / rate));
    if (t > stop) break;
    const u = rng.next();
    const end = t + (u < 0.4 ? 0 : u < 0.85 ? rng.int(1, 3) : rng.int(4, 14));
    story.missing.push({
      start: t,
      end: end > horizon ? null : end,
      kind: rng.chance(0.75) ? "M" : "A",
    });
    t = end;
  }
}

/**
 * OC3 (2012-era definition): young people looked after for at least 13 weeks after their
 * 14th birthday, including some time after 16, are followed up at 19.
 */
function careLeaver(sim: Sim, entry: Day, exit: Day): void {
  const { rng, story } = sim;
  const dob = story.child.dob;
  const fourteen = birthday(dob, 14);
  const sixteen = birthday(dob, 16);
  if (exit <= sixteen || exit - Math.max(entry, fourteen) < 91) return;
  const inTouch = rng.pick(["YES", "YES", "YES", "YES", "YES", "YES", "YES", "YES", "NO", "REFU"]);
  const known = inTouch === "YES";
  story.careLeaver = {
    nineteenth: birthday(dob, 19),
    inTouch,
    activity: known
      ? rng.pick(["F1", "F2", "F2", "F2", "P2", "F4", "P4", "G4", "G5", "G5", "G5", "G6"])
      : "0",
    accommodation: known
      ? rng.pick(["B1", "D1", "E1", "G1", "H1", "K1", "K1", "V1", "T2", "W2"])
      : "0",
  };
}

/** Safeguarding holds the case through proceedings, then Looked After Children, then Leaving Care. */
function careTeams(sim: Sim, entry: Day, hearing: Day | null, exit: Day): void {
  const team = currentTeam(sim);
  if (team === TEAM_DISABLED) return;
  if (team === null || team === TEAM_REFERRAL)
    holdCase(sim, sim.story.child.safeguardingTeam, entry);
  const toLac = Math.max(hearing ?? entry + 90, entry + 90);
  const sixteen = birthday(sim.story.child.dob, 16);
  const moves: [Day, typeof TEAM_LAC | typeof TEAM_LEAVING][] = [];
  if (toLac < exit) moves.push([toLac, TEAM_LAC]);
  if (sixteen < exit && sixteen >= entry + 91)
    moves.push([Math.max(sixteen, toLac + 1), TEAM_LEAVING]);
  for (const [d, next] of moves) if (d < exit) holdCase(sim, next, d);
}
