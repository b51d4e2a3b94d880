/**
 * Collects one `<Child>` of a CIN census: its own fields, its CINdetails and the
 * assessments, plans and enquiries inside them, and turns them into records when the
 * Child closes. Records go out per child so that a rejected child leaves nothing behind.
 */
import type { ChildLevelRecord } from "../../model.ts";
import {
  buildAssessment,
  buildChild,
  buildCinPlan,
  buildCpPlan,
  buildReferral,
  buildSection47,
} from "./cin-records.ts";
import { DraftReader, ElementDraft, type Location, type Report } from "./element-draft.ts";

export type NestedRole = "assessment" | "cinPlan" | "section47" | "cpPlan";

interface ReferralState {
  draft: ElementDraft;
  nested: ChildLevelRecord[];
}

export class ChildAssembler {
  readonly draft: ElementDraft;
  private referral: ReferralState | null = null;
  private nested: ElementDraft | null = null;
  private readonly records: ChildLevelRecord[] = [];
  private readonly keys = new Set<string>();
  private readonly report: Report;

  constructor(line: number, path: string, report: Report) {
    this.draft = new ElementDraft(line, path);
    this.report = report;
  }

  get referralDraft(): ElementDraft | null {
    return this.referral?.draft ?? null;
  }

  get nestedDraft(): ElementDraft | null {
    return this.nested;
  }

  openReferral(line: number, path: string): void {
    this.referral = { draft: new ElementDraft(line, path), nested: [] };
  }

  openNested(line: number, path: string): void {
    this.nested = new ElementDraft(line, path);
  }

  closeNested(role: NestedRole): void {
    const draft = this.nested;
    this.nested = null;
    if (draft === null || this.referral === null) return;
    const record = this.buildNested(role, draft);
    if (record !== null) this.referral.nested.push(record);
  }

  closeReferral(): void {
    const state = this.referral;
    this.referral = null;
    if (state === null) return;
    const read = new DraftReader(state.draft, "referral", this.report);
    const referral = buildReferral(read);
    if (referral !== null) {
      this.claimKey(`referral|${referral.referralDate}`, "a referral", read.at("CINreferralDate"));
      this.records.push({ type: "referral", record: referral });
    }
    // Nested records keep their own keys even when their referral's date is unusable.
    const referralDate = referral?.referralDate ?? null;
    for (const record of state.nested) {
      if (record.type === "assessment" || record.type === "section47") {
        record.record.referralDate = referralDate;
      }
      this.records.push(record);
    }
  }

  /** The child's records, child first; null when it has no LAchildID (already reported). */
  finish(): ChildLevelRecord[] | null {
    const child = buildChild(new DraftReader(this.draft, "child", this.report));
    if (child === null) {
      this.report(
        "error",
        "CIN_MISSING_MANDATORY",
        `This child has no LAchildID, so none of its records (${this.records.length + 1}) were loaded.`,
        { line: this.draft.line, path: this.draft.path, column: "LAchildID" },
      );
      return null;
    }
    // LAchildID may legally be read after the records it identifies were built.
    for (const record of this.records) record.record.laChildId = child.laChildId;
    return [{ type: "child", record: child }, ...this.records];
  }

  private buildNested(role: NestedRole, draft: ElementDraft): ChildLevelRecord | null {
    switch (role) {
      case "assessment": {
        const read = new DraftReader(draft, "assessment", this.report);
        const record = buildAssessment(read);
        if (record === null) return null;
        const key = `assessment|${record.kind}|${record.startDate}`;
        this.claimKey(key, "an assessment", read.at("AssessmentActualStartDate"));
        return { type: "assessment", record };
      }
      case "cinPlan": {
        const read = new DraftReader(draft, "CIN plan", this.report);
        const record = buildCinPlan(read);
        if (record === null) return null;
        this.claimKey(`cin_plan|${record.startDate}`, "a CIN plan", read.at("CINPlanStartDate"));
        return { type: "cin_plan", record };
      }
      case "section47": {
        const read = new DraftReader(draft, "section 47 enquiry", this.report);
        const record = buildSection47(read);
        if (record === null) return null;
        const at = read.at("S47ActualStartDate");
        this.claimKey(`section47|${record.startDate}`, "a section 47 enquiry", at);
        return { type: "section47", record };
      }
      case "cpPlan": {
        const read = new DraftReader(draft, "child protection plan", this.report);
        const record = buildCpPlan(read);
        if (record === null) return null;
        const at = read.at("CPPstartDate");
        this.claimKey(`cp_plan|${record.startDate}`, "a child protection plan", at);
        return { type: "cp_plan", record };
      }
    }
  }

  /**
   * Records with the same natural key replace one another when loaded, so a repeat in
   * one child loses data silently unless it is reported here.
   */
  private claimKey(key: string, what: string, at: Location): void {
    if (!this.keys.has(key)) {
      this.keys.add(key);
      return;
    }
    const date = key.slice(key.lastIndexOf("|") + 1);
    this.report(
      "warning",
      "CIN_DUPLICATE_KEY",
      `This child already has ${what} with ${at.column} ${date} in this file; records with the same key replace each other when loaded, so only one is kept.`,
      at,
    );
  }
}
