/** The import runs list and one run's report, kept under shared keys. */
import { queryOptions } from "@tanstack/react-query";
import { importReportResponse, importRunsResponse } from "../../../cases/imports/api.ts";
import { api } from "../../api-client.ts";

export const IMPORTS_KEY = ["imports"] as const;

export const importRunsQuery = queryOptions({
  queryKey: IMPORTS_KEY,
  queryFn: () => api.get("/api/imports", importRunsResponse),
});

export function importReportQuery(id: number) {
  return queryOptions({
    queryKey: [...IMPORTS_KEY, id],
    queryFn: () => api.get(`/api/imports/${id}`, importReportResponse),
  });
}
