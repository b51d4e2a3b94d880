/**
 * One indicator in full: its definition, the series with SPC limits and targets (the table
 * behind the chart), the latest team breakdown, benchmarks, target history and commentary.
 */
import { sql } from "drizzle-orm";
import { endOfMonth } from "../../calendar/dates.ts";
import type { Tx } from "../../platform/db/database.ts";
import type { AuthenticatedContext } from "../../platform/http/context.ts";
import { latestNeighbours, latestValues } from "../benchmarks/benchmarks-repo.ts";
import type { IndicatorDefinition } from "../indicators/definitions.ts";
import { ENGLAND_AREA_CODE, statisticalNeighbourMean } from "../rules/benchmarks.ts";
import { ragForIndicator } from "../rules/rag.ts";
import { SUPPRESSED, type Suppressed, suppressTable } from "../rules/suppression.ts";
import { targetFor } from "../rules/targets.ts";
import type { Series } from "../series/series-periods.ts";
import { readValues, type StoredValue } from "../series/series-repo.ts";
import { assessIndicator } from "../status/assess.ts";
import { commentaryHistory } from "../targets/commentary-repo.ts";
import { changePointsFor, targetHistory } from "../targets/targets-repo.ts";
import { type Audience, audienceMonths, audienceOf, showFigure } from "./audience.ts";
import {
  computationView,
  definitionOr404,
  loadFigures,
  statusFor,
  statusView,
  toMonthValues,
} from "./figures.ts";

export interface CouncilIdentity {
  name: string;
  laCode: string;
  areaCode: string;
}

export async function councilIdentity(tx: Tx): Promise<CouncilIdentity | null> {
  const result = await tx.execute(sql`SELECT value FROM settings WHERE key = 'council'`);
  return ((result.rows[0] as { value: CouncilIdentity } | undefined)?.value ??
    null) as CouncilIdentity | null;
}

/**
 * Team rows as the audience may see them. For a suppressed audience the numerators (and,
 * for percentages, the rest of each denominator) are cut as a column with the council's
 * total, with secondary suppression, so no withheld team can be worked out by subtraction.
 */
export interface TeamRow {
  team: string;
  numerator: Suppressed;
  denominator: Suppressed | null;
  value: Suppressed | null;
}

export function teamRows(
  rows: readonly StoredValue[],
  council: StoredValue | undefined,
  audience: Audience,
): TeamRow[] {
  // No team breakdown (no allocations that month) is an empty table, not a table to cut.
  if (rows.length === 0 || (audience.suppressed && council === undefined)) return [];
  if (!audience.suppressed || council === undefined) {
    return rows.map((r) => ({
      team: r.teamName,
      numerator: r.numerator,
      denominator: r.denominator,
      value: r.value,
    }));
  }
  const column = (cells: number[], total: number) =>
    suppressTable({
      cells: cells.map((c) => [c]),
      columnTotals: [total],
      grandTotal: total,
    }).cells.map((c) => c[0]);
  const numerators = column(
    rows.map((r) => r.numerator),
    council.numerator,
  );
  if (council.denominator === null) {
    return rows.map((r, i) => ({
      team: r.teamName,
      numerator: numerators[i] ?? SUPPRESSED,
      denominator: null,
      value: numerators[i] ?? SUPPRESSED,
    }));
  }
  const rests = column(
    rows.map((r) => (r.denominator ?? 0) - r.numerator),
    council.denominator - council.numerator,
  );
  return rows.map((r, i) => {
    const shown = numerators[i] !== SUPPRESSED && rests[i] !== SUPPRESSED;
    return {
      team: r.teamName,
      numerator: numerators[i] ?? SUPPRESSED,
      denominator: shown ? r.denominator : SUPPRESSED,
      value: shown ? r.value : SUPPRESSED,
    };
  });
}

async function benchmarks(
  tx: Tx,
  definition: IndicatorDefinition,
  ytd: readonly StoredValue[],
  audience: Audience,
) {
  const council = await councilIdentity(tx);
  const values = await latestValues(tx, definition.id);
  const neighbours = council
    ? await latestNeighbours(tx, council.laCode)
    : { listVersion: null, codes: [] };
  // Published values use ONS codes, neighbour lists DfE's three-digit codes: match by name.
  const neighbourNames = await neighbourNameList(tx, council?.laCode ?? null);
  const years = [...new Set(values.map((v) => v.year))].sort();
  return {
    councilName: council?.name ?? null,
    neighbourList: neighbours.listVersion,
    rows: years.map((year) => {
      const inYear = values.filter((v) => v.year === year);
      const england = inYear.find((v) => v.areaCode === ENGLAND_AREA_CODE);
      const own = council ? inYear.find((v) => v.areaCode === council.areaCode) : undefined;
      const byName = new Map(inYear.map((v) => [v.areaName.toLowerCase(), v.value]));
      const mean = statisticalNeighbourMean(
        neighbourNames,
        new Map(neighbourNames.map((n) => [n, byName.get(n.toLowerCase()) ?? null])),
      );
      const yearEnd = `${Number(year.slice(0, 4)) + 1}-03-31`;
      const computed = ytd.find((v) => v.periodEnd === yearEnd);
      return {
        year,
        computed: computed ? showFigure(computed, audience.suppressed).value : null,
        published: own?.value ?? null,
        england: england?.value ?? null,
        neighbourMean: mean.mean,
        neighboursWithValue: mean.used.length,
        neighbours: neighbourNames.length,
        source: england?.source ?? own?.source ?? null,
      };
    }),
  };
}

async function neighbourNameList(tx: Tx, laCode: string | null): Promise<string[]> {
  if (laCode === null) return [];
  const result = await tx.execute(sql`
    SELECT neighbour_name AS name FROM benchmark_neighbours
    WHERE la_code = ${laCode} AND set_id = (SELECT max(set_id) FROM benchmark_neighbours WHERE la_code = ${laCode})
    ORDER BY id`);
  return (result.rows as { name: string }[]).map((r) => r.name);
}

export async function indicatorPage(
  ctx: AuthenticatedContext,
  tx: Tx,
  id: string,
  query: { series: Series; month?: string },
) {
  const definition = definitionOr404(id);
  const audience = audienceOf(ctx.user);
  const figures = await loadFigures(tx, query.series, definition.id);
  const monthly =
    query.series === "month" ? figures : await loadFigures(tx, "month", definition.id);
  const status = statusFor(
    definition,
    monthly,
    audience,
    query.month ? `${query.month.slice(0, 8)}01` : undefined,
  );
  // As at a month: only the periods up to its end, so limits and breakdowns are what they were then.
  const asAtEnd = query.month ? endOfMonth(query.month) : "9999-12-31";
  const stored = (figures.valuesByIndicator.get(definition.id) ?? []).filter(
    (v) => v.periodEnd <= asAtEnd,
  );
  const target = figures.targets.get(definition.id) ?? null;
  const changePoints = changePointsFor(figures.changePoints, definition.id);
  // The chart of the chosen series: SPC over what this audience may see.
  const chart = assessIndicator({
    definition,
    months: audienceMonths(toMonthValues(stored), audience.suppressed),
    target,
    changePoints,
  }).spc;
  const computationId = figures.computation?.id;
  const latestEnd = status.current?.periodEnd ?? stored.at(-1)?.periodEnd ?? null;
  const teamValues =
    computationId === undefined || latestEnd === null
      ? []
      : (
          await readValues(tx, computationId, {
            series: query.series,
            indicatorId: definition.id,
            teams: true,
          })
        ).filter((v) => v.periodEnd === latestEnd);
  const ytd = (
    computationId === undefined
      ? []
      : await readValues(tx, computationId, { series: "ytd", indicatorId: definition.id })
  ).filter((v) => v.periodEnd <= asAtEnd);

  return {
    computation: computationView(figures.computation),
    series: query.series,
    suppressed: audience.suppressed,
    canDrillDown: audience.canDrillDown,
    definition: { ...definition, recordTypes: [...definition.recordTypes] },
    status: statusView(definition, status, audience),
    points: stored.map((v, i) => {
      const point = chart.points[i];
      const segment = point ? chart.segments[point.segment] : undefined;
      const shown = showFigure(v, audience.suppressed);
      return {
        periodStart: v.periodStart,
        periodEnd: v.periodEnd,
        numerator: shown.numerator,
        denominator: shown.denominator,
        value: shown.value,
        excludedCount: v.excludedCount,
        target: target ? (targetFor(target, v.periodEnd)?.value ?? null) : null,
        rag: shown.withheld
          ? "suppressed"
          : ragForIndicator(definition, v.value, target, v.periodEnd).status,
        mean: segment?.mean ?? null,
        upperLimit: segment?.upperProcessLimit ?? null,
        lowerLimit: segment?.lowerProcessLimit ?? null,
        variation: point?.variation ?? "no_data",
        note: point?.note ?? "",
      };
    }),
    spcWarnings: chart.warnings,
    changePoints: figures.changePoints.filter(
      (p) => p.indicatorId === null || p.indicatorId === definition.id,
    ),
    target: target ? { ...target, steps: [...target.steps] } : null,
    targetHistory: (await targetHistory(tx, definition.id)).map((t) => ({
      ...t,
      steps: [...t.steps],
    })),
    teams: {
      periodEnd: latestEnd,
      rows: teamRows(
        teamValues,
        stored.find((v) => v.periodEnd === latestEnd),
        audience,
      ),
    },
    benchmarks: await benchmarks(tx, definition, ytd, audience),
    commentary: await commentaryHistory(tx, definition.id),
  };
}
