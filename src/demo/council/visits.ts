/**
 * Statutory visits: children on a child protection plan about every 10 working days,
 * looked-after children within a week of each new placement and then about every six
 * weeks, children on a child in need plan about monthly. Before the notice more visits
 * ran late and fewer children were seen alone.
 */
import { addWorkingDays, type Day, weekday } from "./days.ts";
import { blend, practice } from "./distributions.ts";
import type { Sim } from "./sim.ts";
import type { Visit } from "./story.ts";

function visitOn(sim: Sim, kind: Visit["kind"], d: Day): void {
  // Before a baby is born the worker visits the mother: not a visit to the child.
  if (d < sim.from || d < sim.story.child.dob) return;
  const p = practice(d);
  const { rng, story } = sim;
  const ageDays = d - story.child.dob;
  story.visits.push({
    kind,
    date: d,
    childSeen: rng.chance(blend(p, 0.9, 0.97)),
    // A baby or toddler is not "seen alone".
    seenAlone: ageDays < 4 * 365 ? null : rng.chance(blend(p, 0.45, 0.78)),
  });
}

/** Now and then a visit happens on a Saturday (a worker catching up). */
function maybeWeekend(sim: Sim, d: Day): Day {
  return weekday(d) === 5 && sim.rng.chance(0.04) ? d + 1 : d;
}

function repeat(
  sim: Sim,
  kind: Visit["kind"],
  first: Day,
  stop: Day,
  onTime: [number, number],
  late: [number, number],
  onTimeAt: (p: number) => number,
): void {
  const { rng } = sim;
  // History long before the range is not written: start near it.
  let v = first < sim.from - 60 ? sim.from - rng.int(0, 30) : first;
  for (let guard = 0; guard < 2000 && v <= stop; guard++) {
    visitOn(sim, kind, v);
    const [lo, hi] = rng.chance(onTimeAt(practice(v))) ? onTime : late;
    v = maybeWeekend(sim, addWorkingDays(v, rng.int(lo, hi)));
  }
}

export function cpVisits(sim: Sim, start: Day, end: Day | null): void {
  const stop = Math.min(end ?? sim.horizon, sim.horizon);
  if (stop < sim.from) return;
  const first = addWorkingDays(start, sim.rng.int(1, 5));
  repeat(sim, "cp", first, stop, [6, 10], [11, 22], (p) => blend(p, 0.66, 0.93));
}

export function cinVisits(sim: Sim, start: Day, end: Day | null): void {
  const stop = Math.min(end ?? sim.horizon, sim.horizon);
  if (stop < sim.from) return;
  const first = addWorkingDays(start, sim.rng.int(3, 10));
  repeat(sim, "cin", first, stop, [12, 20], [21, 40], (p) => blend(p, 0.6, 0.88));
}

/** Visits through a period of care; `placements` are the days each placement began. */
export function lacVisits(sim: Sim, placements: readonly Day[], exit: Day | null): void {
  const stop = Math.min(exit ?? sim.horizon, sim.horizon);
  if (stop < sim.from || placements.length === 0) return;
  const { rng } = sim;
  let next = 1;
  const afterMove = (d: Day) =>
    addWorkingDays(d, rng.chance(blend(practice(d), 0.75, 0.95)) ? rng.int(1, 5) : rng.int(6, 15));
  let v = afterMove(placements[0] as Day);
  if (v < sim.from - 60) v = sim.from - rng.int(0, 30);
  for (let guard = 0; guard < 2000 && v <= stop; guard++) {
    visitOn(sim, "lac", v);
    while (next < placements.length && (placements[next] as Day) <= v) next++;
    const onTime = rng.chance(blend(practice(v), 0.74, 0.93));
    const regular = maybeWeekend(
      sim,
      addWorkingDays(v, onTime ? rng.int(20, 30) : rng.int(31, 45)),
    );
    const move = placements[next];
    if (move !== undefined && move < regular) {
      const after = afterMove(move);
      v = after > v ? after : v + 1;
      next++;
    } else {
      v = regular;
    }
  }
}
