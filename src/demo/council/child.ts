/**
 * Who a child is: identifiers, date of birth, sex, ethnicity, disability. Identifiers are
 * given out only when a story turns out to touch the range, so the numbers run on with
 * the small gaps a case system's person ids have (siblings and adults take the others).
 */
import type { DemoTeamName } from "../demo-people.ts";
import { type Day, isoDate } from "./days.ts";
import { drawPostcode, ETHNICITIES, HOME_DISTRICTS } from "./distributions.ts";
import type { Rng } from "./sampling.ts";
import type { ChildIdentity } from "./story.ts";

/** Disabilities recorded for children the Disabled Children team works with. */
const DISABILITIES = ["LD", "AUT", "COMM", "MOB", "BEH", "PC", "HAND", "VIS", "HEAR", "CON", "INC"];

export function newChild(rng: Rng, dob: Day, seed: number): ChildIdentity {
  const district = rng.pick(HOME_DISTRICTS);
  const team: DemoTeamName =
    district === "PE1" || district === "PE4" || district === "PE6"
      ? "Safeguarding 1"
      : "Safeguarding 2";
  return {
    id: "",
    dob,
    sex: rng.chance(0.51) ? "1" : "2",
    ethnicity: ETHNICITIES.draw(rng),
    // ~5% of children in need have a disability recorded besides those with need N2.
    disabilities: rng.chance(0.05) ? [rng.pick(DISABILITIES)] : [],
    upn: null,
    homePostcode: drawPostcode(rng, district),
    safeguardingTeam: team,
    seed,
  };
}

/** Children whose primary need is their disability have one to three recorded. */
export function addDisabilities(rng: Rng, child: ChildIdentity): void {
  if (child.disabilities.length > 1) return;
  const count = rng.int(1, 3);
  const chosen = new Set(child.disabilities);
  while (chosen.size < count) chosen.add(rng.pick(DISABILITIES));
  child.disabilities = [...chosen].sort();
}

/** Two-letter prefixes for the copies of a scaled council: PB first, then AA, AB, ... */
export function idPrefix(copy: number): string {
  if (copy === 0) return "PB";
  const letters = "ABCDEFGHJKLMNPQRSTUVWXYZ";
  let n = copy - 1;
  // Skip PB so copy 0 keeps it alone.
  const pb = letters.indexOf("P") * letters.length + letters.indexOf("B");
  if (n >= pb) n++;
  const first = letters[Math.floor(n / letters.length) % letters.length] ?? "Z";
  const second = letters[n % letters.length] ?? "Z";
  return `${first}${second}`;
}

/** Gives out `prefix` + 6 digits, rising with small gaps. */
export class ChildIds {
  private next: number;
  private readonly prefix: string;
  private readonly rng: Rng;

  constructor(prefix: string, rng: Rng) {
    this.prefix = prefix;
    this.rng = rng;
    this.next = 100_000 + rng.int(0, 9_999);
  }

  take(): string {
    const id = `${this.prefix}${String(this.next).padStart(6, "0")}`;
    this.next += 1 + (this.rng.chance(0.4) ? this.rng.int(1, 3) : 0);
    if (this.next > 999_999) throw new RangeError("A council copy ran out of six-digit child ids");
    return id;
  }
}

const UPN_CHECK_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

/**
 * A unique pupil number in the DfE's layout: check letter, LA number, school number,
 * two-digit year of issue, serial; the check letter is the DfE's weighted mod-23 sum.
 */
export function makeUpn(rng: Rng, laCode: string, dob: Day): string {
  const year = isoDate(dob + Math.round(4.5 * 365)).slice(2, 4);
  const body = `${laCode}${String(rng.int(2000, 4999))}${year}${String(rng.int(0, 999)).padStart(3, "0")}`;
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += Number(body[i]) * (i + 2);
  return `${UPN_CHECK_LETTERS[sum % 23] ?? "A"}${body}`;
}
