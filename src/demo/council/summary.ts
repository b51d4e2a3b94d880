/**
 * What the generated council looks like, year by year, measured the way the indicator
 * specification measures it (working days from the project calendar). Returned with the
 * file list so a run can be checked at a glance, and used by the tests.
 */
import type { CollectionYear } from "./collections.ts";
import { addMonthsDay, type Day, isoDate, workingDaysBetween } from "./days.ts";
import type { ChildStory } from "./story.ts";

export interface YearSummary {
  year: number;
  referenceDate: string;
  referrals: number;
  /** % of referrals with another referral of the child in the 12 months before */
  reReferralPercent: number;
  nfaPercent: number;
  contacts: number;
  earlyHelpStarted: number;
  initialAssessments: number;
  initialWithin7Percent: number;
  initialWithin10Percent: number;
  medianInitialWorkingDays: number;
  coreAssessments: number;
  coreWithin35Percent: number;
  section47Started: number;
  icpcWithin15Percent: number;
  cpPlansStarted: number;
  cpSecondOrSubsequentPercent: number;
  visits: number;
  /** at the reference date */
  cinOpen: number;
  cpOpen: number;
  lookedAfter: number;
  /** periods of care that began in the year */
  lacStarted: number;
}

interface Counts {
  referrals: number;
  reReferrals: number;
  nfa: number;
  contacts: number;
  earlyHelp: number;
  ia: number;
  ia7: number;
  ia10: number;
  /** initial assessments by working days taken (the last bucket holds the rest) */
  iaDays: Int32Array;
  core: number;
  core35: number;
  s47: number;
  icpc: number;
  icpc15: number;
  cp: number;
  cpRepeat: number;
  visits: number;
  cinOpen: number;
  cpOpen: number;
  lac: number;
  lacStarted: number;
}

const MAX_DAYS = 400;

function median(histogram: Int32Array): number {
  let total = 0;
  for (const n of histogram) total += n;
  let seen = 0;
  for (let i = 0; i < histogram.length; i++) {
    seen += histogram[i] as number;
    if (seen * 2 > total) return i;
  }
  return 0;
}

const percent = (part: number, whole: number) =>
  whole === 0 ? 0 : Math.round((1000 * part) / whole) / 10;

export class SummaryBuilder {
  private readonly years: readonly CollectionYear[];
  private readonly counts: Counts[];
  children = 0;

  constructor(years: readonly CollectionYear[]) {
    this.years = years;
    this.counts = years.map(() => ({
      referrals: 0,
      reReferrals: 0,
      nfa: 0,
      contacts: 0,
      earlyHelp: 0,
      ia: 0,
      ia7: 0,
      ia10: 0,
      iaDays: new Int32Array(MAX_DAYS + 1),
      core: 0,
      core35: 0,
      s47: 0,
      icpc: 0,
      icpc15: 0,
      cp: 0,
      cpRepeat: 0,
      visits: 0,
      cinOpen: 0,
      cpOpen: 0,
      lac: 0,
      lacStarted: 0,
    }));
  }

  private yearOf(d: Day): Counts | null {
    for (let i = 0; i < this.years.length; i++) {
      const y = this.years[i] as CollectionYear;
      if (d >= y.start && d <= y.view) return this.counts[i] as Counts;
    }
    return null;
  }

  add(story: ChildStory): void {
    this.children++;
    const dates = story.referrals.map((r) => r.date);
    for (const r of story.referrals) {
      const c = this.yearOf(r.date);
      if (c) {
        c.referrals++;
        if (r.nfa) c.nfa++;
        const yearBefore = addMonthsDay(r.date, -12);
        if (dates.some((p) => p >= yearBefore && p < r.date)) c.reReferrals++;
      }
      for (const a of r.assessments) {
        if (a.completion === null) continue;
        const done = this.yearOf(a.completion);
        if (!done) continue;
        if (a.kind === "initial") {
          const wd = workingDaysBetween(a.referralDate, a.completion);
          done.ia++;
          if (wd <= 7) done.ia7++;
          if (wd <= 10) done.ia10++;
          const bucket = Math.min(Math.max(wd, 0), MAX_DAYS);
          done.iaDays[bucket] = (done.iaDays[bucket] ?? 0) + 1;
        } else {
          done.core++;
          if (workingDaysBetween(a.start, a.completion) <= 35) done.core35++;
        }
      }
      for (const s of r.s47s) {
        const started = this.yearOf(s.start);
        if (started) started.s47++;
        if (s.icpc !== null) {
          const held = this.yearOf(s.icpc);
          if (held) {
            held.icpc++;
            if (workingDaysBetween(s.start, s.icpc) <= 15) held.icpc15++;
          }
        }
      }
    }
    const plans = story.referrals.flatMap((r) => r.cpPlans);
    for (const plan of plans) {
      const c = this.yearOf(plan.start);
      if (!c) continue;
      c.cp++;
      if (plan.previousPlans > 0 || plans.some((p) => p.start < plan.start)) c.cpRepeat++;
    }
    for (const contact of story.contacts) {
      const c = this.yearOf(contact.date);
      if (c) c.contacts++;
    }
    for (const e of story.earlyHelp) {
      const c = this.yearOf(e.start);
      if (c) c.earlyHelp++;
    }
    for (const e of story.episodes) {
      const c = e.rne === "S" ? this.yearOf(e.decom) : null;
      if (c) c.lacStarted++;
    }
    for (const v of story.visits) {
      const c = this.yearOf(v.date);
      if (c) c.visits++;
    }
    this.years.forEach((y, i) => {
      const c = this.counts[i] as Counts;
      const at = y.view;
      if (story.referrals.some((r) => r.date <= at && (r.closure === null || r.closure > at))) {
        c.cinOpen++;
      }
      if (plans.some((p) => p.start <= at && (p.end === null || p.end > at))) c.cpOpen++;
      if (story.episodes.some((e) => e.decom <= at && (e.dec === null || e.dec > at))) c.lac++;
    });
  }

  result(): YearSummary[] {
    return this.years.map((y, i) => {
      const c = this.counts[i] as Counts;
      return {
        year: y.year,
        referenceDate: isoDate(y.view),
        referrals: c.referrals,
        reReferralPercent: percent(c.reReferrals, c.referrals),
        nfaPercent: percent(c.nfa, c.referrals),
        contacts: c.contacts,
        earlyHelpStarted: c.earlyHelp,
        initialAssessments: c.ia,
        initialWithin7Percent: percent(c.ia7, c.ia),
        initialWithin10Percent: percent(c.ia10, c.ia),
        medianInitialWorkingDays: median(c.iaDays),
        coreAssessments: c.core,
        coreWithin35Percent: percent(c.core35, c.core),
        section47Started: c.s47,
        icpcWithin15Percent: percent(c.icpc15, c.icpc),
        cpPlansStarted: c.cp,
        cpSecondOrSubsequentPercent: percent(c.cpRepeat, c.cp),
        visits: c.visits,
        cinOpen: c.cinOpen,
        cpOpen: c.cpOpen,
        lookedAfter: c.lac,
        lacStarted: c.lacStarted,
      };
    });
  }
}
