/**
 * Canonical CSV extracts, one file per record type: `record_type` first, then the
 * snake_case columns of that type in RECORD_TABLES, in order. Dates YYYY-MM-DD, booleans
 * true/false, lists joined with `;`, empty for null. The header comes from RECORD_TABLES
 * itself, so a column added to the model cannot be silently missed here.
 */
import type { CaseRecordType } from "../../cases/model.ts";
import { RECORD_TABLES } from "../../cases/record-tables.ts";
import { type Day, isoDate } from "./days.ts";
import { csvLine, OutputFile } from "./output.ts";
import type { ChildStory } from "./story.ts";

export const CANONICAL_TYPES = [
  "assessment",
  "cin_plan",
  "contact",
  "early_help",
  "visit",
  "allocation",
] as const satisfies readonly CaseRecordType[];
export type CanonicalType = (typeof CANONICAL_TYPES)[number];

type Value = string | number | boolean | null | readonly string[];

function cell(value: Value): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return value;
  return value.join(";");
}

const date = (d: Day | null) => (d === null ? null : isoDate(d));

export class CanonicalWriter {
  readonly files: Record<CanonicalType, OutputFile>;
  private readonly fields: Record<CanonicalType, readonly string[]>;
  private readonly from: Day;

  constructor(paths: Record<CanonicalType, string>, from: Day) {
    this.from = from;
    this.files = {} as Record<CanonicalType, OutputFile>;
    this.fields = {} as Record<CanonicalType, readonly string[]>;
    for (const type of CANONICAL_TYPES) {
      const columns = RECORD_TABLES[type].columns;
      this.fields[type] = columns.map((c) => c.field);
      const file = new OutputFile(paths[type]);
      file.write(`${csvLine(["record_type", ...columns.map((c) => c.column)])}\n`);
      this.files[type] = file;
    }
  }

  /** One row, its values looked up by the model's field names. */
  private row(type: CanonicalType, record: Record<string, Value>): void {
    const values = this.fields[type].map((field) => cell(record[field] ?? null));
    this.files[type].row(csvLine([type, ...values]));
  }

  /** Records from the start of the range on (what the case system's reports would list). */
  writeChild(story: ChildStory): void {
    const laChildId = story.child.id;
    const from = this.from;
    for (const referral of story.referrals) {
      for (const a of referral.assessments) {
        if (a.completion !== null && a.completion < from) continue;
        this.row("assessment", {
          laChildId,
          kind: a.kind,
          startDate: date(a.start),
          completionDate: date(a.completion),
          referralDate: date(a.referralDate),
          childSeen: a.childSeen,
          // Assessment factors arrived with the single assessment (2013-14 census).
          factors: [],
        });
      }
      for (const plan of referral.cinPlans) {
        if (plan.end !== null && plan.end < from) continue;
        this.row("cin_plan", { laChildId, startDate: date(plan.start), endDate: date(plan.end) });
      }
    }
    for (const c of story.contacts) {
      if (c.date < from) continue;
      this.row("contact", {
        laChildId,
        contactDate: date(c.date),
        source: c.source,
        outcome: c.outcome,
      });
    }
    for (const e of story.earlyHelp) {
      if (e.completion !== null && e.completion < from) continue;
      this.row("early_help", {
        laChildId,
        startDate: date(e.start),
        completionDate: date(e.completion),
        organisation: e.organisation,
      });
    }
    for (const v of story.visits) {
      if (v.date < from) continue;
      this.row("visit", {
        laChildId,
        kind: v.kind,
        visitDate: date(v.date),
        childSeen: v.childSeen,
        seenAlone: v.seenAlone,
      });
    }
    for (const a of story.allocations) {
      this.row("allocation", {
        laChildId,
        teamName: a.team,
        staffId: a.staffId,
        startDate: date(a.start),
        endDate: date(a.end),
      });
    }
  }

  async ready(): Promise<void> {
    for (const type of CANONICAL_TYPES) await this.files[type].ready();
  }

  async close(): Promise<void> {
    for (const type of CANONICAL_TYPES) await this.files[type].close();
  }
}
