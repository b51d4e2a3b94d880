/**
 * Loads what every performance view starts from: the latest computation, its monthly
 * series for the council, the targets in force and the SPC change points.
 */
import type { Tx } from "../../platform/db/database.ts";
import { notFound } from "../../platform/http/errors.ts";
import type { IndicatorStatusView } from "../api.ts";
import {
  getDefinition,
  INDICATORS,
  type IndicatorDefinition,
  isIndicatorId,
} from "../indicators/definitions.ts";
import type { Series } from "../series/series-periods.ts";
import {
  type ComputationRow,
  latestComputation,
  readValues,
  type StoredValue,
} from "../series/series-repo.ts";
import { assessIndicator, type IndicatorStatus, type MonthValue } from "../status/assess.ts";
import {
  type ChangePoint,
  changePointsFor,
  currentTargets,
  listChangePoints,
  type TargetRecord,
} from "../targets/targets-repo.ts";
import { type Audience, audienceMonths, showFigure } from "./audience.ts";

export interface Figures {
  computation: ComputationRow | null;
  valuesByIndicator: Map<string, StoredValue[]>;
  targets: Map<string, TargetRecord>;
  changePoints: ChangePoint[];
}

export async function loadFigures(
  tx: Tx,
  series: Series = "month",
  indicatorId?: string,
): Promise<Figures> {
  const computation = await latestComputation(tx);
  const values = computation
    ? await readValues(tx, computation.id, { series, ...(indicatorId ? { indicatorId } : {}) })
    : [];
  const valuesByIndicator = new Map<string, StoredValue[]>();
  for (const v of values) {
    const list = valuesByIndicator.get(v.indicatorId);
    if (list) list.push(v);
    else valuesByIndicator.set(v.indicatorId, [v]);
  }
  return {
    computation,
    valuesByIndicator,
    targets: await currentTargets(tx),
    changePoints: await listChangePoints(tx),
  };
}

export function toMonthValues(values: readonly StoredValue[]): MonthValue[] {
  return values.map((v) => ({
    month: `${v.periodEnd.slice(0, 8)}01`,
    periodEnd: v.periodEnd,
    numerator: v.numerator,
    denominator: v.denominator,
    value: v.value,
  }));
}

export function definitionOr404(id: string): IndicatorDefinition {
  if (!isIndicatorId(id)) throw notFound("That indicator");
  return getDefinition(id);
}

/** Assesses one indicator for an audience. */
export function statusFor(
  definition: IndicatorDefinition,
  figures: Figures,
  audience: Audience,
  asAt?: string,
): IndicatorStatus {
  const months = audienceMonths(
    toMonthValues(figures.valuesByIndicator.get(definition.id) ?? []),
    audience.suppressed,
  );
  return assessIndicator({
    definition,
    months,
    target: figures.targets.get(definition.id) ?? null,
    changePoints: changePointsFor(figures.changePoints, definition.id),
    ...(asAt ? { asAt } : {}),
  });
}

/** The scorecard row: the status in the shape the web and packs read. */
export function statusView(
  definition: IndicatorDefinition,
  status: IndicatorStatus,
  audience: Audience,
): IndicatorStatusView {
  const shown = status.current ? showFigure(status.current, audience.suppressed) : null;
  const projection = status.projection;
  return {
    id: definition.id,
    title: definition.title,
    group: definition.group,
    description: definition.description,
    kind: definition.kind,
    polarity: definition.polarity,
    precision: definition.precision,
    version: definition.version,
    month: status.month,
    numerator: shown?.numerator ?? null,
    denominator: shown?.denominator ?? null,
    value: shown?.value ?? null,
    target: status.targetValue,
    rag: status.rag,
    sincePreviousPeriod: status.sincePreviousPeriod,
    sinceYearEarlier: status.sinceYearEarlier,
    signal: status.signal,
    assurance: status.assurance
      ? { assurance: status.assurance.assurance, reason: status.assurance.reason }
      : null,
    projection: projection
      ? {
          onTrack: projection.onTrack,
          reason: projection.reason,
          projected: projection.projected,
          low: projection.low,
          high: projection.high,
          target: projection.target,
          targetDate: projection.targetDate,
        }
      : null,
    sparkline: status.sparkline,
    exceptionReasons: status.exceptionReasons,
  };
}

export function computationView(c: ComputationRow | null) {
  return c
    ? { id: c.id, computedAt: c.computedAt, trigger: c.trigger, lastMonth: c.lastMonth ?? "" }
    : null;
}

export const ALL_DEFINITIONS = INDICATORS;
