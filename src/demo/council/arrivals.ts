/**
 * Where the children come from, one at a time. Children already in the system when the
 * range starts (in care, on a protection plan, disabled children with long-running
 * cases) are drawn from the years before it at the rate they would have arrived, and kept
 * only if their story is still running; then the front door opens a year before the
 * range (so re-referrals and open cases are already there on day one) and takes new
 * children every day, more on weekdays and fewer in August and at Christmas.
 *
 * Stories are generated and handed on one child at a time: memory does not grow with the
 * size of the council.
 */
import { ChildIds, idPrefix, makeUpn, newChild } from "./child.ts";
import type { CollectionYear } from "./collections.ts";
import { type Day, isoDate, isWorkingDay, weekday } from "./days.ts";
import { drawCareEntryAgeDays, drawContactAgeDays } from "./distributions.ts";
import type { Workforce } from "./people.ts";
import { runFrontDoor, runStockCare, runStockDisabled, runStockProtection } from "./referrals.ts";
import { mixSeed, Rng } from "./sampling.ts";
import { allocateWorkers, newSim, type Sim } from "./sim.ts";
import { type ChildStory, emptyStory } from "./story.ts";

/** New children at the front door per day for a whole council (tuned to ~3,000 referrals a year). */
const FRONT_DOOR_PER_DAY = 15.6;
/** Entries to care a year (about 90 keeps roughly 200 looked after). */
const CARE_ENTRIES_PER_YEAR = 66;
/** Protection plans a year begun from referrals in the years before the range. */
const PROTECTION_PER_YEAR = 250;
/** Disabled children a year whose cases run for years. */
const LONG_DISABLED_PER_YEAR = 40;

const MONTH_WEIGHT = [1.05, 1.05, 1.08, 0.95, 1.05, 1.05, 1.0, 0.72, 1.0, 1.1, 1.1, 0.85];
/** Monday to Sunday: the front door is busiest on Monday and quiet at weekends. */
const WEEKDAY_WEIGHT = [1.2, 1.1, 1.1, 1.1, 1.05, 0.25, 0.2];
/** Makes the weights average 1 over a week, so FRONT_DOOR_PER_DAY is the daily mean. */
const WEIGHT_NORMALISER = WEEKDAY_WEIGHT.length / WEEKDAY_WEIGHT.reduce((a, b) => a + b, 0);

export interface CopyOptions {
  seed: number;
  copy: number;
  factor: number;
  from: Day;
  to: Day;
  laCode: string;
  years: readonly CollectionYear[];
  workforce: Workforce;
}

const STREAM_STOCK_CARE = 1;
const STREAM_STOCK_CP = 2;
const STREAM_STOCK_DISABLED = 3;
const STREAM_FRONT_DOOR = 4;

export function* childStories(options: CopyOptions): Generator<ChildStory> {
  const { seed, copy, factor, from, to } = options;
  const threshold = Math.min(from, options.years[0]?.start ?? from);
  const ids = new ChildIds(idPrefix(copy), new Rng(mixSeed(seed, copy, 0x1d5)));
  let serial = 0;

  const tell = (stream: number, dob: Day, run: (sim: Sim) => void): ChildStory | null => {
    const childSeed = mixSeed(seed, copy, stream, serial++);
    const rng = new Rng(childSeed);
    const story = emptyStory(newChild(rng, dob, childSeed));
    const sim = newSim(rng, story, from, to);
    run(sim);
    if (!touches(story, sim, threshold)) return null;
    story.child.id = ids.take();
    if (story.child.dob < to - 4.6 * 365.25 && rng.chance(0.97)) {
      story.child.upn = makeUpn(rng, options.laCode, story.child.dob);
    }
    story.allocations = allocateWorkers(sim, options.workforce);
    return story;
  };

  const arrivals = new Rng(mixSeed(seed, copy, 0xa441));
  const yearsBack = (years: number, perYear: number, start: Day) => {
    const days: Day[] = [];
    const count = arrivals.poisson(perYear * factor * years);
    for (let i = 0; i < count; i++) days.push(start - arrivals.int(1, Math.round(years * 365)));
    return days.sort((a, b) => a - b);
  };
  const warmUpStart = from - 365;

  for (const entry of yearsBack(17, CARE_ENTRIES_PER_YEAR, warmUpStart)) {
    const dob = entry - drawCareEntryAgeDays(arrivals);
    const story = tell(STREAM_STOCK_CARE, dob, (sim) => runStockCare(sim, entry));
    if (story) yield story;
  }
  for (const r of yearsBack(2.5, PROTECTION_PER_YEAR, warmUpStart)) {
    const dob = r - arrivals.int(0, Math.floor(15 * 365.25));
    const story = tell(STREAM_STOCK_CP, dob, (sim) => runStockProtection(sim, r));
    if (story) yield story;
  }
  for (const r of yearsBack(15, LONG_DISABLED_PER_YEAR, warmUpStart)) {
    const dob = r - arrivals.int(180, Math.floor(15 * 365.25));
    const story = tell(STREAM_STOCK_DISABLED, dob, (sim) => runStockDisabled(sim, r));
    if (story) yield story;
  }

  for (let d = warmUpStart; d <= to; d++) {
    const n = arrivals.poisson(FRONT_DOOR_PER_DAY * factor * dayWeight(d));
    for (let i = 0; i < n; i++) {
      const dob = d - drawContactAgeDays(arrivals);
      const story = tell(STREAM_FRONT_DOOR, dob, (sim) => runFrontDoor(sim, d));
      if (story) yield story;
    }
  }
}

function dayWeight(d: Day): number {
  const month = Number(isoDate(d).slice(5, 7));
  const base = (MONTH_WEIGHT[month - 1] ?? 1) * (WEEKDAY_WEIGHT[weekday(d) - 1] ?? 1);
  // Bank holidays are as quiet as a Sunday.
  const holiday = weekday(d) <= 5 && !isWorkingDay(d) ? 0.2 / base : 1;
  return base * holiday * WEIGHT_NORMALISER;
}

/** Whether anything in the story falls in the range (from the first return's year on). */
function touches(story: ChildStory, sim: Sim, threshold: Day): boolean {
  if (story.contacts.some((c) => c.date >= threshold)) return true;
  if (story.referrals.some((r) => r.closure === null || r.closure >= threshold)) return true;
  if (story.episodes.some((e) => e.dec === null || e.dec >= threshold)) return true;
  if (story.careLeaver !== null && story.careLeaver.nineteenth >= threshold) return true;
  if (story.earlyHelp.some((e) => e.completion === null || e.completion >= threshold)) return true;
  return sim.spells.some((s) => s.end === null || s.end >= threshold);
}
