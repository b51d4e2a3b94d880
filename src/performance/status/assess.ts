/**
 * Everything the Board reads about one indicator in one month, from its monthly series:
 * the figure, the target in force, RAG with the rule that fired, direction of travel, the
 * SPC signal, assurance against the target, and whether the trend reaches the target by
 * its date. Pure: the service feeds it stored values, targets and change points.
 */
import { addMonths } from "../../calendar/dates.ts";
import type { IndicatorDefinition } from "../indicators/definitions.ts";
import { type Projection, projectToTarget } from "../rules/projection.ts";
import { type DirectionResult, type RagResult, ragForIndicator, travel } from "../rules/rag.ts";
import { type AssuranceResult, assurance, type SpcChart, xmrChart } from "../rules/spc.ts";
import { finalTarget, type Target } from "../rules/targets.ts";

export interface MonthValue {
  /** first day of the month */
  month: string;
  /** last day of the month */
  periodEnd: string;
  numerator: number;
  denominator: number | null;
  value: number | null;
  /**
   * Withheld from this audience (rests on 1 to 5 children): `value` is then null, so no
   * statistic computed here (limits, projections) can be used to recover it.
   */
  suppressed?: boolean;
}

const WITHHELD =
  "Withheld: this figure rests on 1 to 5 children, so it is not shown to this audience";

export interface IndicatorStatus {
  indicatorId: string;
  month: string | null;
  current: MonthValue | null;
  targetValue: number | null;
  rag: { status: RagResult["status"] | "suppressed"; reason: string };
  sincePreviousPeriod: DirectionResult;
  sinceYearEarlier: DirectionResult;
  spc: SpcChart;
  /** the latest point's SPC reading, for the scorecard */
  signal: { variation: string; note: string } | null;
  assurance: AssuranceResult | null;
  projection: (Projection & { targetDate: string; target: number }) | null;
  /** last 13 months' values, oldest first, for a sparkline */
  sparkline: (number | null)[];
  /** worth the Board's attention, and why; empty when not an exception */
  exceptionReasons: string[];
}

export interface AssessInput {
  definition: IndicatorDefinition;
  /** the council's monthly values in month order (any months may be absent) */
  months: readonly MonthValue[];
  target: Target | null;
  /** first days of months that start a new SPC segment */
  changePoints: readonly string[];
  /** assess as at this month (first day); defaults to the latest month in `months` */
  asAt?: string;
}

export function assessIndicator(input: AssessInput): IndicatorStatus {
  const { definition, target } = input;
  const asAt = input.asAt;
  const months = asAt ? input.months.filter((m) => m.month <= asAt) : input.months;
  const current = months.at(-1) ?? null;
  const month = asAt ?? current?.month ?? null;
  const byMonth = new Map(months.map((m) => [m.month, m]));
  const valueAt = (offset: number) =>
    month === null ? null : (byMonth.get(addMonths(month, offset))?.value ?? null);
  const unit = definition.kind;
  const precision = definition.precision;
  const polarity = definition.polarity;

  const rag = ragForIndicator(
    definition,
    current?.value ?? null,
    target,
    current?.periodEnd ?? month ?? "1900-01-01",
  );
  const directions = travel({
    current: current?.value ?? null,
    previous: valueAt(-1),
    yearEarlier: valueAt(-12),
    polarity,
    unit,
    precision,
  });
  const points = months.map((m) => ({ period: m.month, value: m.value }));
  const spc = xmrChart(points, { polarity, changePoints: input.changePoints });
  const last = spc.points.at(-1);
  const signal = last ? { variation: last.variation, note: last.note } : null;

  const finalStep = target === null ? null : finalTarget(target);
  const assured =
    rag.targetValue === null || polarity === "none"
      ? null
      : assurance(points, rag.targetValue, polarity, {
          changePoints: input.changePoints,
          unit,
          precision,
        });
  const projection =
    target === null || finalStep === null || polarity === "none" || points.length === 0
      ? null
      : {
          ...projectToTarget({
            points,
            targetDate: target.targetDate,
            target: finalStep.value,
            polarity,
            unit,
            precision,
          }),
          targetDate: target.targetDate,
          target: finalStep.value,
        };

  const exceptionReasons: string[] = [];
  if (rag.status === "red" || rag.status === "amber") exceptionReasons.push(rag.reason);
  if (last?.variation === "special_cause_concern") exceptionReasons.push(last.note);
  if (projection?.onTrack === "unlikely") exceptionReasons.push(projection.reason);

  const withheld = current?.suppressed === true;
  const notShown = { direction: "not_comparable" as const, change: null, reason: WITHHELD };
  return {
    indicatorId: definition.id,
    month,
    current,
    targetValue: rag.targetValue,
    rag: withheld
      ? { status: "suppressed", reason: WITHHELD }
      : { status: rag.status, reason: rag.reason },
    sincePreviousPeriod: withheld ? notShown : directions.sincePreviousPeriod,
    sinceYearEarlier: withheld ? notShown : directions.sinceYearEarlier,
    spc,
    signal,
    assurance: assured,
    projection,
    sparkline: points.slice(-13).map((p) => p.value),
    exceptionReasons,
  };
}
