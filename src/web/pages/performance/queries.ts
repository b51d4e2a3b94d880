/** The performance API's reads, under one key prefix so a write can refresh them all. */
import { queryOptions } from "@tanstack/react-query";
import {
  drillDownResponse,
  exceptionsResponse,
  indicatorResponse,
  scorecardResponse,
} from "../../../performance/api.ts";
import { api, withQuery } from "../../api-client.ts";

export const PERFORMANCE_KEY = ["performance"] as const;

export type Series = "month" | "ytd" | "rolling12";
export type Part = "numerator" | "denominator";

export function scorecardQuery(month: string | undefined) {
  return queryOptions({
    queryKey: [...PERFORMANCE_KEY, "scorecard", month ?? "latest"],
    queryFn: () => api.get(withQuery("/api/performance/scorecard", { month }), scorecardResponse),
  });
}

export function exceptionsQuery(month: string | undefined) {
  return queryOptions({
    queryKey: [...PERFORMANCE_KEY, "exceptions", month ?? "latest"],
    queryFn: () => api.get(withQuery("/api/performance/exceptions", { month }), exceptionsResponse),
  });
}

export function indicatorQuery(id: string, series: Series) {
  return queryOptions({
    queryKey: [...PERFORMANCE_KEY, "indicator", id, series],
    queryFn: () =>
      api.get(
        withQuery(`/api/performance/indicators/${encodeURIComponent(id)}`, { series }),
        indicatorResponse,
      ),
  });
}

export function drillDownQuery(
  id: string,
  search: { series: Series; periodEnd: string; part: Part },
) {
  return queryOptions({
    queryKey: [...PERFORMANCE_KEY, "children", id, search],
    queryFn: () =>
      api.get(
        withQuery(`/api/performance/indicators/${encodeURIComponent(id)}/children`, search),
        drillDownResponse,
      ),
  });
}
