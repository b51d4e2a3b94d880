/**
 * The state of one child's simulation and its casework: which team holds the case when,
 * and, once the story is accepted, which worker. A case moves between teams (Referral and
 * Assessment, then Safeguarding, Looked After Children, Leaving Care); within a team it
 * passes to another worker when its worker leaves, after a spell unallocated that was
 * long before the notice and short after it.
 */
import type { DemoTeamName } from "../demo-people.ts";
import { birthday, type Day } from "./days.ts";
import { NOTICE_DATE } from "./distributions.ts";
import type { Workforce } from "./people.ts";
import type { Rng } from "./sampling.ts";
import type { Allocation, ChildStory } from "./story.ts";

export interface TeamSpell {
  team: DemoTeamName;
  start: Day;
  end: Day | null;
}

export interface Sim {
  rng: Rng;
  story: ChildStory;
  /** the end of the range: nothing after it is known */
  horizon: Day;
  /** the start of the range: visits and allocations before it are not generated */
  from: Day;
  eighteenth: Day;
  /** child protection plans so far, including any before the case system's records */
  cpPlansSoFar: number;
  spells: TeamSpell[];
}

export function newSim(rng: Rng, story: ChildStory, from: Day, horizon: Day): Sim {
  return {
    rng,
    story,
    horizon,
    from,
    eighteenth: birthday(story.child.dob, 18),
    cpPlansSoFar: 0,
    spells: [],
  };
}

/** Moves the case to `team` from day d (no change if that team holds it already). */
export function holdCase(sim: Sim, team: DemoTeamName, d: Day): void {
  // Nothing after the horizon is known, transfers included.
  if (d > sim.horizon) return;
  const current = sim.spells[sim.spells.length - 1];
  if (current && current.end === null) {
    if (current.team === team) return;
    if (current.start >= d) {
      current.team = team;
      return;
    }
    current.end = d;
  }
  sim.spells.push({ team, start: d, end: null });
}

/** The case closes on day d. */
export function releaseCase(sim: Sim, d: Day): void {
  const current = sim.spells[sim.spells.length - 1];
  if (current && current.end === null) {
    current.end = d > sim.horizon ? null : Math.max(d, current.start);
  }
}

export function currentTeam(sim: Sim): DemoTeamName | null {
  const current = sim.spells[sim.spells.length - 1];
  return current && current.end === null ? current.team : null;
}

/**
 * Turns the team spells into allocations to workers, counted in the workers' caseloads.
 * History before the range is not generated: the allocation records start at `from`,
 * as if the case system's allocations were migrated then.
 */
export function allocateWorkers(sim: Sim, workforce: Workforce): Allocation[] {
  const { rng, horizon } = sim;
  const allocations: Allocation[] = [];
  /** Adds an allocation; false when it runs to the end of the spell (or the range). */
  const add = (spell: TeamSpell, staffId: string | null, start: Day, until: Day | null) => {
    const open = until === null || until >= horizon;
    const end = open ? spell.end : spell.end === null ? until : Math.min(until, spell.end);
    allocations.push({ team: spell.team, staffId, start, end });
    return !(end === null || end === spell.end);
  };
  for (const spell of sim.spells) {
    if (spell.end !== null && spell.end < sim.from) continue;
    let start = Math.max(spell.start, sim.from);
    for (let guard = 0; guard < 500 && start <= horizon; guard++) {
      const worker = workforce.pick(spell.team, start, rng);
      if (worker === null) {
        // Nobody in post: the team holds the case until someone is.
        if (!add(spell, null, start, start + 10)) break;
        start += 11;
        continue;
      }
      const leaves = worker.end !== null && worker.end < start ? start : worker.end;
      const continues = add(spell, worker.staffId, start, leaves);
      const last = allocations[allocations.length - 1] as Allocation;
      workforce.countCase(worker, last.start, last.end);
      if (!continues || leaves === null) break;
      // The case waits for a new worker: weeks before the notice, a day or two after.
      const wait = Math.round(rng.expo(leaves < NOTICE_DATE ? 9 : 1.5));
      start = leaves + 1;
      if (wait > 1) {
        if (!add(spell, null, start, leaves + wait)) break;
        start = leaves + wait + 1;
      }
    }
  }
  return allocations;
}
