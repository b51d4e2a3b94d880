/**
 * Recomputes and stores every indicator series from the current case records. Runs after
 * each import that changed data (and at start when nothing is stored yet), so the Board's
 * figures are never older than the data. Each run is a new computation: earlier ones stay,
 * so a board pack locked to one can be rebuilt exactly.
 */
import { addDays, addMonths, endOfMonth, startOfMonth } from "../../calendar/dates.ts";
import { englandAndWalesCalendar } from "../../calendar/working-days.ts";
import type { Database } from "../../platform/db/database.ts";
import { loadCaseData } from "../case-data-repo.ts";
import { INDICATORS } from "../indicators/definitions.ts";
import { prepareCaseData } from "../indicators/prepare.ts";
import { computeSeries } from "./compute-series.ts";
import { insertComputation, loadAllocations, loadedRuns } from "./series-repo.ts";

/** Older history than this is not charted: SPC and the Board look back a few years. */
const MAX_MONTHS = 72;

export interface RecomputeResult {
  computationId: number | null;
  months: number;
  values: number;
  durationMs: number;
}

/**
 * The first month charted: the start of the year the earliest extract covers (a census
 * dated 31 March 2010 reports April 2009 onwards; older dates in it are history carried
 * for re-referrals and repeat plans, too sparse to chart), and never before the earliest
 * referral or more than MAX_MONTHS back.
 */
function firstMonth(
  referralDates: readonly string[],
  earliestReferenceDate: string,
  lastMonthEnd: string,
): string {
  let earliest = lastMonthEnd;
  for (const d of referralDates) if (d < earliest) earliest = d;
  const candidates = [
    startOfMonth(earliest),
    addDays(addMonths(earliestReferenceDate, -12), 1),
    startOfMonth(addMonths(lastMonthEnd, -(MAX_MONTHS - 1))),
  ].map(startOfMonth);
  // biome-ignore lint/complexity/useMathMinMax: ISO month strings (they order as dates do), not numbers
  return candidates.reduce((latest, month) => (month > latest ? month : latest));
}

export async function recomputeIndicators(
  database: Database,
  options: { trigger: string; now: Date },
): Promise<RecomputeResult> {
  const started = performance.now();
  const { data, allocations, runs } = await database.db.transaction(async (tx) => ({
    data: await loadCaseData(tx),
    allocations: await loadAllocations(tx),
    runs: await loadedRuns(tx),
  }));
  if (
    runs.latestReferenceDate === null ||
    runs.earliestReferenceDate === null ||
    data.referrals.length === 0
  ) {
    return { computationId: null, months: 0, values: 0, durationMs: 0 };
  }
  const lastMonthEnd = endOfMonth(runs.latestReferenceDate);
  const firstMonthStart = firstMonth(
    data.referrals.map((r) => r.referralDate),
    runs.earliestReferenceDate,
    lastMonthEnd,
  );
  const values = computeSeries({
    data: prepareCaseData(data),
    allocations,
    firstMonthStart,
    lastMonthEnd,
    calendar: englandAndWalesCalendar(),
  });
  const months = values.filter((v) => v.series === "month" && v.teamName === "").length;
  const computationId = await database.db.transaction((tx) =>
    insertComputation(
      tx,
      {
        computedAt: options.now.toISOString(),
        trigger: options.trigger,
        importRunIds: runs.ids,
        definitionVersions: Object.fromEntries(INDICATORS.map((d) => [d.id, d.version])),
        firstMonth: firstMonthStart,
        lastMonth: startOfMonth(lastMonthEnd),
        durationMs: Math.round(performance.now() - started),
      },
      values,
    ),
  );
  return {
    computationId,
    months: months / INDICATORS.length,
    values: values.length,
    durationMs: Math.round(performance.now() - started),
  };
}
