/**
 * The front door and what follows a referral, under Working Together 2010: contacts,
 * some becoming referrals; an initial assessment timed from the referral (7 and 10
 * working days); a core assessment (35 working days) where needs continue or a section 47
 * enquiry starts; an initial child protection conference targeted within 15 working days;
 * child protection plans with review conferences at three months and then six-monthly;
 * child in need plans; and entry to care. Each step's timeliness follows `practice`, so
 * the backlog of 2011 and the recovery after the notice show in every measure.
 */
import { DEMO_TEAMS } from "../demo-people.ts";
import { type CareRoute, runCare } from "./care.ts";
import { addDisabilities } from "./child.ts";
import {
  addMonthsDay,
  addWorkingDays,
  birthday,
  type Day,
  isWorkingDay,
  onOrAfterWorkingDay,
  onOrBeforeWorkingDay,
} from "./days.ts";
import {
  blend,
  CARE_NEEDS,
  CONTACT_OUTCOMES_NO_REFERRAL,
  CP_CATEGORIES,
  drawEarlyHelpOrganisation,
  NFA_NEEDS,
  PRIMARY_NEEDS,
  practice,
  REFERRAL_SOURCES,
} from "./distributions.ts";
import { type Rng, Weighted } from "./sampling.ts";
import { holdCase, releaseCase, type Sim } from "./sim.ts";
import type { Assessment, CpPlan, Referral } from "./story.ts";
import { cinVisits, cpVisits } from "./visits.ts";

const TEAM_REFERRAL = DEMO_TEAMS[0].name;
const TEAM_LEAVING = DEMO_TEAMS[4].name;
const TEAM_DISABLED = DEMO_TEAMS[5].name;

/** Completion on a working day, bar the odd one done on a Saturday or a bank holiday. */
function completionOn(rng: Rng, start: Day, workingDays: number): Day {
  const d = addWorkingDays(start, workingDays);
  return !isWorkingDay(d + 1) && rng.chance(0.05) ? d + 1 : d;
}

/** Working days from referral to initial assessment completion. */
function initialAssessmentDays(rng: Rng, p: number): number {
  if (rng.chance(blend(p, 0.46, 0.83))) {
    if (rng.chance(0.05)) return 0;
    return rng.chance(blend(p, 0.62, 0.78)) ? rng.int(1, 7) : rng.int(8, 10);
  }
  return 11 + Math.round(rng.expo(blend(p, 16, 6)));
}

function coreAssessmentDays(rng: Rng, p: number): number {
  if (rng.chance(blend(p, 0.55, 0.82))) return rng.int(12, 35);
  return 36 + Math.round(rng.expo(blend(p, 25, 10)));
}

function icpcDays(rng: Rng, p: number): number {
  if (rng.chance(blend(p, 0.58, 0.88))) return rng.int(6, 15);
  return 16 + Math.round(rng.expo(blend(p, 8, 4)));
}

function ageOn(sim: Sim, d: Day): number {
  return (d - sim.story.child.dob) / 365.25;
}

/**
 * A child's contacts with the front door from `first` on: each may become a referral;
 * after a referral closes, or a contact goes nowhere, the child may come back.
 */
export function runFrontDoor(sim: Sim, first: Day): void {
  const { rng, story } = sim;
  let t = first;
  let referred = false;
  for (let guard = 0; guard < 40; guard++) {
    if (t > sim.horizon || t > sim.eighteenth - 60) return;
    const p = practice(t);
    const source = REFERRAL_SOURCES.draw(rng);
    const referChance = referred ? blend(p, 0.7, 0.6) : blend(p, 0.3, 0.25);
    if (rng.chance(referChance)) {
      story.contacts.push({ date: t, source, outcome: "Referral" });
      // The emergency duty team takes weekend police referrals; others wait for Monday.
      let r = isWorkingDay(t) ? t : rng.chance(0.5) ? t : onOrAfterWorkingDay(t);
      if (rng.chance(0.15)) r = addWorkingDays(r, rng.int(1, 2));
      if (r > sim.horizon) return;
      const closed = runReferral(sim, r, source, referred);
      referred = true;
      if (closed === null) return;
      // Cases closed too early come back: the re-referral rate falls as practice improves.
      if (rng.chance(blend(practice(closed), 0.45, 0.33))) {
        t = closed + 7 + Math.round(rng.expo(90));
      } else if (rng.chance(0.2)) {
        t = closed + 250 + Math.round(rng.expo(500));
      } else {
        return;
      }
    } else {
      const earlyHelp = rng.chance(blend(p, 0.12, 0.3));
      const outcome = earlyHelp ? "Early help" : rng.pick(CONTACT_OUTCOMES_NO_REFERRAL);
      story.contacts.push({ date: t, source, outcome });
      if (earlyHelp) startEarlyHelp(sim, t);
      if (!rng.chance(0.3)) return;
      t += 14 + Math.round(rng.expo(160));
    }
    if (rng.chance(0.93)) t = onOrAfterWorkingDay(t);
  }
}

export function startEarlyHelp(sim: Sim, from: Day): void {
  const { rng, story } = sim;
  const start = onOrAfterWorkingDay(from + rng.int(5, 40));
  if (start > sim.horizon || start >= sim.eighteenth) return;
  // A child already has a lead professional while an assessment is open.
  const last = story.earlyHelp[story.earlyHelp.length - 1];
  if (last && (last.completion === null || last.completion >= start)) return;
  const completion = onOrAfterWorkingDay(start + Math.round(Math.max(20, rng.lognormal(110, 0.5))));
  story.earlyHelp.push({
    start,
    completion: completion <= sim.horizon ? completion : null,
    organisation: drawEarlyHelpOrganisation(rng, ageOn(sim, start)),
  });
}

function newReferral(sim: Sim, date: Day, source: string, need: string): Referral {
  const referral: Referral = {
    date,
    source,
    need,
    nfa: false,
    closure: null,
    closureReason: null,
    assessments: [],
    s47s: [],
    cpPlans: [],
    cinPlans: [],
  };
  sim.story.referrals.push(referral);
  return referral;
}

function close(sim: Sim, referral: Referral, d: Day, reason: string): Day | null {
  if (d > sim.horizon) return null;
  referral.closure = d;
  referral.closureReason = reason;
  releaseCase(sim, d);
  return d;
}

function assess(
  sim: Sim,
  referral: Referral,
  kind: Assessment["kind"],
  start: Day,
  workingDaysFrom: Day,
  days: number,
): Assessment {
  const { rng } = sim;
  let completion = completionOn(rng, workingDaysFrom, days);
  if (completion < start) completion = start;
  const assessment: Assessment = {
    kind,
    start,
    completion: completion <= sim.horizon ? completion : null,
    referralDate: referral.date,
    childSeen: rng.chance(blend(practice(start), 0.9, 0.97)),
  };
  if (start <= sim.horizon) referral.assessments.push(assessment);
  return assessment;
}

function initialAssessment(sim: Sim, referral: Referral): Assessment {
  const { rng } = sim;
  const r = referral.date;
  const start = rng.chance(0.7) ? r : addWorkingDays(r, rng.int(1, 2));
  return assess(sim, referral, "initial", start, r, initialAssessmentDays(rng, practice(r)));
}

function coreAssessment(sim: Sim, referral: Referral, start: Day): Assessment {
  return assess(sim, referral, "core", start, start, coreAssessmentDays(sim.rng, practice(start)));
}

/** A referral from day r; returns the day it closed, or null if open at the horizon. */
function runReferral(sim: Sim, r: Day, source: string, repeat: boolean): Day | null {
  const { rng, story } = sim;
  const p = practice(r);
  const age = ageOn(sim, r);
  if (rng.chance(blend(p, 0.13, 0.08))) {
    const referral = newReferral(sim, r, source, NFA_NEEDS.draw(rng));
    referral.nfa = true;
    referral.closure = rng.chance(0.8) ? r : addWorkingDays(r, 1);
    referral.closureReason = "RC8";
    if (referral.closure > sim.horizon) referral.closure = referral.closureReason = null;
    return referral.closure;
  }
  let need = PRIMARY_NEEDS.draw(rng);
  if (age < 0 && (need === "N2" || need === "N6")) need = "N1";
  const referral = newReferral(sim, r, source, need);
  const disabled = need === "N2";
  if (disabled) addDisabilities(rng, story.child);
  holdCase(sim, disabled ? TEAM_DISABLED : TEAM_REFERRAL, r);
  const ia = initialAssessment(sim, referral);

  const s47Chance =
    (need === "N1" ? 0.27 : need === "N2" ? 0.03 : need === "N4" || need === "N5" ? 0.09 : 0.05) +
    (repeat ? 0.05 : 0);
  if (rng.chance(s47Chance)) {
    const start = addWorkingDays(r, rng.pick([0, 0, 0, 1, 1, 2, 3]));
    return runSection47(sim, referral, start);
  }
  if (ia.completion === null) return null;
  const done = ia.completion;
  const u = rng.next();
  if (disabled) {
    if (u < 0.4) return coreThen(sim, referral, done, "long");
    if (u < 0.75) return coreThen(sim, referral, done, "close");
    return close(sim, referral, done, "RC8");
  }
  if (age >= 11 && age < 17 && u < 0.025) return enterCare(sim, referral, done, "s20");
  if (u < 0.5) return close(sim, referral, addWorkingDays(done, rng.int(0, 2)), "RC8");
  if (u < 0.85) return coreThen(sim, referral, done, rng.chance(0.55) ? "plan" : "close");
  return runCinPlan(sim, referral, done, false);
}

function coreThen(
  sim: Sim,
  referral: Referral,
  start: Day,
  next: "plan" | "long" | "close",
): Day | null {
  const core = coreAssessment(sim, referral, start);
  if (core.completion === null) return null;
  if (next === "close") return close(sim, referral, core.completion, "RC7");
  return runCinPlan(sim, referral, core.completion, next === "long");
}

function runSection47(sim: Sim, referral: Referral, start: Day): Day | null {
  const { rng } = sim;
  if (start > sim.horizon) return null;
  const p = practice(start);
  const target = addWorkingDays(start, 15);
  const core = coreAssessment(sim, referral, start);
  const age = ageOn(sim, start);
  if (age < 17 && rng.chance(0.05)) {
    referral.s47s.push({ start, icpcTarget: target, icpc: null, icpcNotRequired: true });
    return enterCare(sim, referral, start + rng.int(0, 1), "emergency");
  }
  if (rng.chance(0.5)) {
    const icpc = completionOn(rng, start, icpcDays(rng, p));
    referral.s47s.push({
      start,
      icpcTarget: target,
      icpc: icpc <= sim.horizon ? icpc : null,
      icpcNotRequired: false,
    });
    if (icpc > sim.horizon) return null;
    if (rng.chance(0.88)) return runCpPlan(sim, referral, icpc);
    return runCinPlan(sim, referral, icpc, false);
  }
  referral.s47s.push({ start, icpcTarget: target, icpc: null, icpcNotRequired: true });
  if (core.completion === null) return null;
  if (rng.chance(0.4)) return runCinPlan(sim, referral, core.completion, false);
  return close(sim, referral, core.completion, "RC7");
}

/**
 * The review conference at which a plan ends (1 = the three-month review): most plans end
 * within the first year, a few run past two years (the fifth review is at 27 months).
 */
const PLAN_ENDS_AT_REVIEW = new Weighted([
  [1, 18],
  [2, 31],
  [3, 28],
  [4, 17],
  [5, 4],
  [6, 2],
] as const);

/** Review conference due dates: 3 months after the start, then every 6 months; some late. */
function reviewConference(sim: Sim, due: Day): Day {
  const { rng } = sim;
  if (rng.chance(blend(practice(due), 0.12, 0.03)))
    return onOrAfterWorkingDay(due + rng.int(1, 25));
  return onOrBeforeWorkingDay(due - rng.int(0, 12));
}

function runCpPlan(sim: Sim, referral: Referral, start: Day): Day | null {
  const { rng } = sim;
  holdCase(sim, sim.story.child.safeguardingTeam, start);
  const plan: CpPlan = {
    start,
    end: null,
    initialCategory: CP_CATEGORIES.draw(rng),
    categoryChange: null,
    previousPlans: sim.cpPlansSoFar,
    reviews: [],
  };
  // Plans before the case system's records: some children were on a plan years ago.
  if (sim.cpPlansSoFar === 0 && ageOn(sim, start) > 2 && rng.chance(0.12)) {
    plan.previousPlans = rng.chance(0.8) ? 1 : 2;
  }
  sim.cpPlansSoFar++;
  referral.cpPlans.push(plan);
  const endsAt = PLAN_ENDS_AT_REVIEW.draw(rng);
  const cap = sim.eighteenth - 1;
  let due = addMonthsDay(start, 3);
  for (let guard = 0; guard < 20; guard++) {
    const review = reviewConference(sim, due);
    if (review > cap) {
      plan.end = cap <= sim.horizon ? cap : null;
      break;
    }
    if (review > sim.horizon) break;
    plan.reviews.push(review);
    if (plan.categoryChange === null && rng.chance(0.08)) {
      const category = CP_CATEGORIES.draw(rng);
      if (category !== plan.initialCategory) plan.categoryChange = { on: review, category };
    }
    if (plan.reviews.length >= endsAt) {
      plan.end = review;
      break;
    }
    due = addMonthsDay(review, 6);
  }
  cpVisits(sim, start, plan.end);
  if (plan.end === null) return null;
  const end = plan.end;
  if (end >= cap) return close(sim, referral, end, "RC7");
  const u = rng.next();
  if (u < 0.08 && ageOn(sim, end) < 17) return enterCare(sim, referral, end, "proceedings");
  if (u < 0.62) return runCinPlan(sim, referral, end, false);
  if (u < 0.66) return close(sim, referral, end, "RC5");
  return close(sim, referral, end, "RC7");
}

function runCinPlan(sim: Sim, referral: Referral, start: Day, long: boolean): Day | null {
  const { rng } = sim;
  if (start > sim.horizon) return null;
  holdCase(sim, long ? TEAM_DISABLED : sim.story.child.safeguardingTeam, start);
  const length = long
    ? rng.chance(0.4)
      ? sim.eighteenth - start
      : Math.round(rng.lognormal(3 * 365, 0.6))
    : Math.round(Math.min(900, Math.max(30, rng.lognormal(170, 0.6))));
  let end = onOrAfterWorkingDay(Math.min(start + Math.max(length, 30), sim.eighteenth - 1));
  // Some plans escalate: concerns grow and a section 47 enquiry starts.
  const escalates = !long && rng.chance(0.07) && end - start > 20;
  if (escalates) end = onOrAfterWorkingDay(start + rng.int(15, end - start - 1));
  const plan = { start, end: end <= sim.horizon ? end : null };
  referral.cinPlans.push(plan);
  cinVisits(sim, start, plan.end);
  if (plan.end === null) return null;
  if (escalates) return runSection47(sim, referral, end);
  if (long || end >= sim.eighteenth - 1) {
    return close(sim, referral, end, long && rng.chance(0.7) ? "RC6" : "RC7");
  }
  if (rng.chance(0.2)) startEarlyHelp(sim, end);
  return close(sim, referral, end, "RC7");
}

function enterCare(sim: Sim, referral: Referral, at: Day, route: CareRoute): Day | null {
  const { rng, story } = sim;
  // A baby on a pre-birth plan is taken into care at birth, not before.
  const entry = Math.max(at, story.child.dob + rng.int(0, 3));
  if (entry > sim.horizon) return null;
  const need = /^N[1-8]$/.test(referral.need) ? referral.need : CARE_NEEDS.draw(rng);
  const result = runCare(sim, entry, route, need);
  if (result.exit === null) return null;
  const exit = result.exit;
  switch (result.kind) {
    case "adoption":
      return close(sim, referral, exit, "RC1");
    case "sgo":
      return close(sim, referral, exit, "RC4");
    case "ro":
      return close(sim, referral, exit, "RC3");
    case "home":
      // Home under a plan: the case stays open for a while as a child in need.
      holdCase(sim, story.child.safeguardingTeam, exit);
      if (rng.chance(0.6) && exit < sim.eighteenth - 40)
        return runCinPlan(sim, referral, exit, false);
      return close(sim, referral, onOrAfterWorkingDay(exit + rng.int(10, 60)), "RC7");
    case "eighteen": {
      referral.closure = exit;
      referral.closureReason = story.child.disabilities.length > 0 ? "RC6" : "RC7";
      // Care leavers stay with the Leaving Care team to 21.
      if (story.careLeaver !== null) {
        holdCase(sim, TEAM_LEAVING, exit);
        const twentyOne = birthday(story.child.dob, 21);
        if (twentyOne <= sim.horizon) releaseCase(sim, twentyOne);
      } else {
        releaseCase(sim, exit);
      }
      return exit;
    }
    case "other": {
      const last = story.episodes[story.episodes.length - 1];
      return close(sim, referral, exit, last?.rec === "E3" ? "RC5" : "RC7");
    }
  }
}

/** A child already looked after when the range starts (entered care on `entry`). */
export function runStockCare(sim: Sim, entry: Day): void {
  const { rng } = sim;
  const r = Math.max(sim.story.child.dob, entry - rng.int(0, 40));
  const referral = newReferral(sim, r, REFERRAL_SOURCES.draw(rng), CARE_NEEDS.draw(rng));
  const age = ageOn(sim, entry);
  const route: CareRoute =
    age < 10
      ? rng.chance(0.7)
        ? "proceedings"
        : rng.chance(0.4)
          ? "emergency"
          : "s20"
      : rng.chance(0.35)
        ? "proceedings"
        : "s20";
  holdCase(sim, sim.story.child.safeguardingTeam, r);
  const closed = enterCare(sim, referral, entry, route);
  if (closed !== null) runFrontDoor(sim, closed + 200 + Math.round(rng.expo(400)));
}

/** A child on a child protection plan that began before the range. */
export function runStockProtection(sim: Sim, r: Day): void {
  const { rng } = sim;
  const referral = newReferral(sim, r, REFERRAL_SOURCES.draw(rng), "N1");
  holdCase(sim, TEAM_REFERRAL, r);
  initialAssessment(sim, referral);
  const start = addWorkingDays(r, rng.int(0, 2));
  coreAssessment(sim, referral, start);
  const icpc = completionOn(rng, start, icpcDays(rng, practice(start)));
  referral.s47s.push({
    start,
    icpcTarget: addWorkingDays(start, 15),
    icpc,
    icpcNotRequired: false,
  });
  const closed = runCpPlan(sim, referral, icpc);
  if (closed !== null) runFrontDoor(sim, closed + 30 + Math.round(rng.expo(300)));
}

/** A disabled child with a long-running child in need case. */
export function runStockDisabled(sim: Sim, r: Day): void {
  const { rng, story } = sim;
  const referral = newReferral(sim, r, REFERRAL_SOURCES.draw(rng), "N2");
  addDisabilities(rng, story.child);
  holdCase(sim, TEAM_DISABLED, r);
  const ia = initialAssessment(sim, referral);
  if (ia.completion !== null) coreThen(sim, referral, ia.completion, "long");
}
