/**
 * Computes every indicator over every period of the stored series, for the council and
 * split by team. Pure: the caller loads the records and stores the rows.
 */
import type { WorkingDayCalendar } from "../../calendar/working-days.ts";
import type { AllocationRecord } from "../../cases/model.ts";
import { computeIndicator } from "../indicators/compute.ts";
import { INDICATORS, type IndicatorDefinition } from "../indicators/definitions.ts";
import type { PreparedCaseData } from "../indicators/prepare.ts";
import { type SeriesPeriod, seriesPeriods } from "./series-periods.ts";
import { breakdown, indexAllocations, teamOf } from "./team-breakdown.ts";

export interface SeriesValue {
  indicatorId: string;
  definitionVersion: number;
  series: SeriesPeriod["series"];
  periodStart: string;
  periodEnd: string;
  /** "" for the whole council */
  teamName: string;
  numerator: number;
  denominator: number | null;
  value: number | null;
  excludedCount: number;
}

export interface SeriesInput {
  data: PreparedCaseData;
  allocations: readonly AllocationRecord[];
  firstMonthStart: string;
  lastMonthEnd: string;
  calendar: WorkingDayCalendar;
  definitions?: readonly IndicatorDefinition[];
}

export function computeSeries(input: SeriesInput): SeriesValue[] {
  const byChild = indexAllocations(input.allocations);
  const byTeam = input.allocations.length > 0;
  const rows: SeriesValue[] = [];
  for (const period of seriesPeriods(input.firstMonthStart, input.lastMonthEnd)) {
    const groupOf = teamOf(byChild, period);
    for (const definition of input.definitions ?? INDICATORS) {
      const result = computeIndicator(definition.id, input.data, period, input.calendar);
      const common = {
        indicatorId: definition.id,
        definitionVersion: definition.version,
        series: period.series,
        periodStart: period.from,
        periodEnd: period.to,
      };
      rows.push({
        ...common,
        teamName: "",
        numerator: result.numerator,
        denominator: result.denominator,
        value: result.value,
        excludedCount: result.excluded.length,
      });
      if (!byTeam) continue;
      for (const team of breakdown(result, groupOf)) {
        rows.push({
          ...common,
          teamName: team.group,
          numerator: team.numerator,
          denominator: team.denominator,
          value: team.value,
          excludedCount: 0,
        });
      }
    }
  }
  return rows;
}
