/**
 * One year's SSDA903 return as CSV tables (header, episodes, reviews, missing, oc2, oc3),
 * columns and DD/MM/YYYY dates as in the csc-validator sample files.
 *
 * Each year carries every episode and review of the periods of care open in it, back to
 * the episode that started the period (RNE S). The indicators walk a period back to its
 * start; with the whole period in each file they can do so from the first year loaded,
 * and a later year's copy of an episode differs only by what happened since (its DEC).
 */
import type { CollectionYear } from "./collections.ts";
import { type Day, dmyDate } from "./days.ts";
import { blend, practice, REVIEW_PARTICIPATION } from "./distributions.ts";
import { csvLine, OutputFile } from "./output.ts";
import { mixSeed, Rng } from "./sampling.ts";
import type { ChildStory, Episode } from "./story.ts";

export const SSDA903_FILES = ["header", "episodes", "reviews", "missing", "oc2", "oc3"] as const;
export type Ssda903File = (typeof SSDA903_FILES)[number];

const COLUMNS: Record<Ssda903File, readonly string[]> = {
  header: ["CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"],
  episodes: [
    "CHILD",
    "DECOM",
    "RNE",
    "LS",
    "CIN",
    "PLACE",
    "PLACE_PROVIDER",
    "DEC",
    "REC",
    "REASON_PLACE_CHANGE",
    "HOME_POST",
    "PL_POST",
    "URN",
  ],
  reviews: ["CHILD", "DOB", "REVIEW", "REVIEW_CODE"],
  missing: ["CHILD", "DOB", "MISSING", "MIS_START", "MIS_END"],
  oc2: [
    "CHILD",
    "DOB",
    "SDQ_SCORE",
    "SDQ_REASON",
    "CONVICTED",
    "HEALTH_CHECK",
    "IMMUNISATIONS",
    "TEETH_CHECK",
    "HEALTH_ASSESSMENT",
    "SUBSTANCE_MISUSE",
    "INTERVENTION_RECEIVED",
    "INTERVENTION_OFFERED",
  ],
  oc3: ["CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM"],
};

interface Period {
  episodes: Episode[];
  start: Day;
  end: Day | null;
}

function periodsOfCare(episodes: readonly Episode[]): Period[] {
  const periods: Period[] = [];
  for (const episode of episodes) {
    const last = periods[periods.length - 1];
    if (episode.rne === "S" || last === undefined) {
      periods.push({ episodes: [episode], start: episode.decom, end: episode.dec });
    } else {
      last.episodes.push(episode);
      last.end = episode.dec;
    }
  }
  return periods;
}

const YEAR_DAYS = 365.25;
const flag = (value: boolean) => (value ? "1" : "0");

export class Ssda903YearWriter {
  readonly files: Record<Ssda903File, OutputFile>;
  readonly collection: CollectionYear;

  constructor(paths: Record<Ssda903File, string>, collection: CollectionYear) {
    this.collection = collection;
    this.files = {} as Record<Ssda903File, OutputFile>;
    for (const name of SSDA903_FILES) {
      const file = new OutputFile(paths[name]);
      file.write(`${COLUMNS[name].join(",")}\n`);
      this.files[name] = file;
    }
  }

  writeChild(story: ChildStory): void {
    const { start, view, year } = this.collection;
    const child = story.child;
    const id = child.id;
    const dob = dmyDate(child.dob);
    const f = this.files;
    let any = false;

    const periods = periodsOfCare(story.episodes).filter(
      (p) => p.start <= view && (p.end === null || p.end >= start),
    );
    for (const period of periods) {
      for (const e of period.episodes) {
        if (e.decom > view) break;
        const ended = e.dec !== null && e.dec <= view;
        f.episodes.row(
          csvLine([
            id,
            dmyDate(e.decom),
            e.rne,
            e.ls,
            e.cin,
            e.place,
            e.provider,
            ended ? dmyDate(e.dec as Day) : "",
            ended ? (e.rec ?? "") : "",
            "",
            e.homePostcode,
            e.placementPostcode,
            e.urn,
          ]),
        );
        any = true;
      }
      const until = period.end !== null && period.end <= view ? period.end : view;
      const youngUntil = child.dob + Math.round(4 * YEAR_DAYS);
      // Drawn for every review in order, so a review has the same code in every year's file.
      const codes = new Rng(mixSeed(child.seed, 0x4e7));
      for (const review of story.lacReviews) {
        const code = review < youngUntil ? "PN0" : REVIEW_PARTICIPATION.draw(codes);
        if (review < period.start || review > until) continue;
        f.reviews.row(csvLine([id, dob, dmyDate(review), code]));
      }
    }

    for (const m of story.missing) {
      if (m.start < start || m.start > view) continue;
      const end = m.end !== null && m.end <= view ? dmyDate(m.end) : "";
      f.missing.row(csvLine([id, dob, m.kind, dmyDate(m.start), end]));
      any = true;
    }

    const rng = new Rng(mixSeed(child.seed, year));
    const current = periods[periods.length - 1];
    if (current && current.start <= view - 365 && (current.end === null || current.end > view)) {
      f.oc2.row(csvLine(oc2Row(rng, id, dob, (view - child.dob) / YEAR_DAYS, practice(view))));
      any = true;
    }

    const leaver = story.careLeaver;
    if (leaver && leaver.nineteenth >= start && leaver.nineteenth <= view) {
      f.oc3.row(csvLine([id, dob, leaver.inTouch, leaver.activity, leaver.accommodation]));
      any = true;
    }

    if (!any) return;
    const age = (view - child.dob) / YEAR_DAYS;
    const mother = child.sex === "2" && age >= 13 && rng.chance(0.03);
    f.header.row(
      csvLine([
        id,
        child.sex,
        dob,
        child.ethnicity,
        child.upn !== null && age >= 4.6 ? child.upn : "",
        child.sex === "2" && age >= 12 ? flag(mother) : "",
        mother ? dmyDate(view - rng.int(10, 300)) : "",
      ]),
    );
  }

  async ready(): Promise<void> {
    for (const name of SSDA903_FILES) await this.files[name].ready();
  }

  async close(): Promise<void> {
    for (const name of SSDA903_FILES) await this.files[name].close();
  }
}

/** Health, dental and immunisation checks for children looked after for 12 months. */
function oc2Row(rng: Rng, id: string, dob: string, age: number, p: number): string[] {
  const sdq = age >= 4 && age < 17;
  const scored = sdq && rng.chance(0.8);
  const older = age >= 10;
  const misuse = older && rng.chance(0.05);
  const health = rng.chance(blend(p, 0.8, 0.94));
  return [
    id,
    dob,
    scored ? String(Math.min(40, Math.max(0, Math.round(14 + 7 * rng.normal())))) : "",
    scored ? "" : sdq ? rng.pick(["SDQ2", "SDQ3", "SDQ4", "SDQ5"]) : "SDQ1",
    older ? flag(rng.chance(0.06)) : "",
    flag(health),
    flag(rng.chance(blend(p, 0.78, 0.91))),
    flag(rng.chance(blend(p, 0.72, 0.89))),
    flag(health),
    older ? flag(misuse) : "",
    misuse ? flag(rng.chance(0.6)) : "",
    misuse ? flag(rng.chance(0.85)) : "",
  ];
}
