/**
 * Everything a board pack shows, gathered once when the pack is generated and stored with
 * it as its snapshot: the figures as at the month before the meeting (for the pack's
 * audience), exceptions with commentary and chart data, plan progress by measure, the
 * decisions and actions logs, the ICS issue log and the reporting calendar, plus the
 * provenance (import runs, computation, definition versions, targets, plan version).
 * Rendering reads only this, so the same snapshot always gives the same bytes.
 */
import { addMonths, endOfMonth, startOfMonth } from "../../calendar/dates.ts";
import type { IndicatorStatusView, IndicatorView } from "../../performance/api.ts";
import { INDICATORS } from "../../performance/indicators/definitions.ts";
import { getComputation } from "../../performance/series/series-repo.ts";
import { indicatorPage } from "../../performance/service/indicator-page.ts";
import { exceptions, scorecard } from "../../performance/service/scorecard.ts";
import { currentTargets } from "../../performance/targets/targets-repo.ts";
import * as planRepo from "../../plan/repo.ts";
import { noticeView, planView } from "../../plan/service.ts";
import type { Tx } from "../../platform/db/database.ts";
import type { AuthenticatedContext } from "../../platform/http/context.ts";
import { badRequest, notFound } from "../../platform/http/errors.ts";
import * as repo from "../repo.ts";
import { itemState } from "../rules/reporting-calendar.ts";

export type PackAudience = "board" | "members";
export type PackChart = Pick<IndicatorView, "definition" | "points" | "changePoints">;

/** How much history each chart shows: two years is what the Board compares against. */
const CHART_MONTHS = 24;

export interface PackData {
  version: 1;
  audience: PackAudience;
  suppressed: boolean;
  meeting: { id: number; title: string; date: string; bodyName: string };
  month: string;
  provenance: {
    computationId: number | null;
    computedAt: string | null;
    importRunIds: number[];
    definitionVersions: Record<string, number>;
    targetIds: number[];
    planVersionId: number | null;
  };
  scorecard: IndicatorStatusView[];
  exceptions: {
    indicator: IndicatorStatusView;
    commentary: { owner: string; narrative: string; correctiveAction: string } | null;
    chart: PackChart;
  }[];
  /** every indicator's chart data, in scorecard order, for the scorecard's small charts */
  charts: PackChart[];
  measures: Awaited<ReturnType<typeof noticeView>>["measures"];
  actions: Awaited<ReturnType<typeof planView>>["actions"];
  actionCounts: Record<string, number>;
  decisions: { text: string; meetingTitle: string; meetingDate: string }[];
  boardActions: {
    text: string;
    owner: string;
    dueDate: string;
    doneOn: string | null;
    meetingTitle: string;
    state: string;
  }[];
  icsIssues: Awaited<ReturnType<typeof planRepo.icsIssues>>;
  calendar: { title: string; dueDate: string; owner: string; state: string; reason: string }[];
  /**
   * Set when the pack is a quarterly report to the minister, signed off at the meeting:
   * the chair's commentary against each measure, by measure ref. Absent from Board packs.
   */
  report?: PackReport;
}

export interface PackReport {
  reportingItemId: number;
  title: string;
  dueDate: string;
  commentary: Record<string, string>;
}

/**
 * The audience's role decides suppression through the same rule as the web: the members'
 * pack is built as an elected member would see the figures, the Board's as the chair would.
 */
function asAudience(ctx: AuthenticatedContext, audience: PackAudience): AuthenticatedContext {
  return {
    ...ctx,
    user: { ...ctx.user, role: audience === "members" ? "elected_member" : "board_chair" },
  };
}

export async function gatherPackData(
  ctx: AuthenticatedContext,
  tx: Tx,
  meetingId: number,
  audience: PackAudience,
): Promise<PackData> {
  const meeting = await repo.meeting(tx, meetingId);
  if (!meeting) throw notFound("That meeting");
  const view = asAudience(ctx, audience);
  const month = startOfMonth(addMonths(meeting.date, -1));
  const card = await scorecard(view, tx, { month }).catch(() => {
    throw badRequest(
      `There are no indicator figures for ${month.slice(0, 7)}, the month before this meeting. Import case data covering it first.`,
    );
  });
  const exceptionList = await exceptions(view, tx, { month });
  const chartById = new Map<string, PackChart>();
  for (const indicator of card.indicators) {
    const page = await indicatorPage(view, tx, indicator.id, { series: "month", month });
    chartById.set(indicator.id, {
      definition: page.definition,
      points: page.points.slice(-CHART_MONTHS),
      changePoints: page.changePoints,
    });
  }
  const chartOf = (id: string): PackChart => {
    const chart = chartById.get(id);
    if (!chart) throw new Error(`No chart data for ${id}`);
    return chart;
  };
  const charts = exceptionList.exceptions.map((e) => ({
    indicator: e.indicator,
    commentary: e.commentary
      ? {
          owner: e.commentary.owner,
          narrative: e.commentary.narrative,
          correctiveAction: e.commentary.correctiveAction,
        }
      : null,
    chart: chartOf(e.indicator.id),
  }));
  const plan = await planView(view, tx, { asAt: meeting.date });
  const notice = await noticeView(view, tx, { asAt: meeting.date });
  const computation = card.computation ? await getComputation(tx, card.computation.id) : null;
  const planVersion = await planRepo.latestApprovedPlanVersion(tx, meeting.date);
  const targets = await currentTargets(tx);
  const calendar = (await repo.reportingItems(tx)).map((item) => {
    // As at the meeting: a delivery recorded after it did not exist yet.
    const deliveredOn =
      item.deliveredOn !== null && item.deliveredOn <= meeting.date ? item.deliveredOn : null;
    return {
      title: item.title,
      dueDate: item.dueDate,
      owner: item.owner,
      ...itemState({ dueDate: item.dueDate, deliveredOn }, meeting.date),
    };
  });
  return {
    version: 1,
    audience,
    suppressed: card.suppressed,
    meeting: {
      id: meeting.id,
      title: meeting.title,
      date: meeting.date,
      bodyName: meeting.bodyName,
    },
    month,
    provenance: {
      computationId: computation?.id ?? null,
      computedAt: computation?.computedAt ?? null,
      importRunIds: computation?.importRunIds ?? [],
      definitionVersions:
        computation?.definitionVersions ??
        Object.fromEntries(INDICATORS.map((d) => [d.id, d.version])),
      targetIds: [...targets.values()].map((t) => t.id).sort((a, b) => a - b),
      planVersionId: planVersion?.id ?? null,
    },
    scorecard: card.indicators,
    exceptions: charts,
    charts: card.indicators.map((i) => chartOf(i.id)),
    measures: notice.measures,
    actions: plan.actions,
    actionCounts: plan.counts,
    decisions: (await repo.decisionsLog(tx, meeting.date)).map(
      ({ text, meetingTitle, meetingDate }) => ({ text, meetingTitle, meetingDate }),
    ),
    boardActions: (await repo.boardActions(tx))
      .filter((a) => a.meetingDate <= meeting.date)
      .map((a) => {
        const doneOn = a.doneOn !== null && a.doneOn <= meeting.date ? a.doneOn : null;
        const state = doneOn ? `Done ${doneOn}` : a.dueDate < meeting.date ? "Overdue" : "Open";
        return {
          text: a.text,
          owner: a.owner,
          dueDate: a.dueDate,
          doneOn,
          meetingTitle: a.meetingTitle,
          state,
        };
      }),
    icsIssues: await planRepo.icsIssues(tx),
    calendar: calendar.filter((c) => c.dueDate <= endOfMonth(addMonths(meeting.date, 3))),
  };
}
