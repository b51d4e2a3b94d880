/** Assessment timeliness: single (45 wd), initial (10 and 7 wd), core (35 wd). */
import type { WorkingDayCalendar } from "../../calendar/working-days.ts";
import type { AssessmentKind, AssessmentRecord } from "../../cases/model.ts";
import { inPeriod } from "./in-period.ts";
import type { PreparedCaseData } from "./prepare.ts";
import { REASONS } from "./reasons.ts";
import { Tally } from "./tally.ts";
import type { IndicatorResult, Period } from "./types.ts";

interface Timing {
  id: string;
  kind: AssessmentKind;
  limit: number;
  /** the date the clock starts from */
  clockStart: (a: AssessmentRecord) => string | null;
}

/**
 * Assessments of `kind` completed (authorised, for single assessments) in the period;
 * on time when wd(clock start, completion) <= limit. Open assessments (no completion
 * date) are in no denominator; a completion before the clock start is a data error.
 */
function timeliness(
  timing: Timing,
  data: PreparedCaseData,
  period: Period,
  calendar: WorkingDayCalendar,
): IndicatorResult {
  const tally = new Tally(data.invalid.assessment[timing.kind]);
  for (const a of data.assessments) {
    if (a.kind !== timing.kind || a.completionDate === null) continue;
    if (!inPeriod(a.completionDate, period)) continue;
    const start = timing.clockStart(a);
    if (start === null) {
      tally.exclude(a.key, REASONS.missingReferralDate);
      continue;
    }
    const days = calendar.workingDaysBetween(start, a.completionDate);
    if (days === null) tally.exclude(a.key, REASONS.endBeforeStart);
    else tally.add(a.key, days <= timing.limit);
  }
  return tally.percentResult(timing.id);
}

const fromStart = (a: AssessmentRecord): string => a.startDate;
/** Working Together 2010: an initial assessment's clock starts at its referral. */
const fromReferral = (a: AssessmentRecord): string | null => a.referralDate;

const timings = {
  assessments_45wd: { id: "assessments_45wd", kind: "single", limit: 45, clockStart: fromStart },
  initial_assessments_10wd: {
    id: "initial_assessments_10wd",
    kind: "initial",
    limit: 10,
    clockStart: fromReferral,
  },
  initial_assessments_7wd: {
    id: "initial_assessments_7wd",
    kind: "initial",
    limit: 7,
    clockStart: fromReferral,
  },
  core_assessments_35wd: {
    id: "core_assessments_35wd",
    kind: "core",
    limit: 35,
    clockStart: fromStart,
  },
} as const satisfies Record<string, Timing>;

type Compute = (d: PreparedCaseData, p: Period, c: WorkingDayCalendar) => IndicatorResult;

export const assessments45wd: Compute = (d, p, c) => timeliness(timings.assessments_45wd, d, p, c);
export const initialAssessments10wd: Compute = (d, p, c) =>
  timeliness(timings.initial_assessments_10wd, d, p, c);
export const initialAssessments7wd: Compute = (d, p, c) =>
  timeliness(timings.initial_assessments_7wd, d, p, c);
export const coreAssessments35wd: Compute = (d, p, c) =>
  timeliness(timings.core_assessments_35wd, d, p, c);
