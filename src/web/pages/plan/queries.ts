/** The notice and plan API's reads, under one key prefix so a write can refresh them all. */
import { queryOptions } from "@tanstack/react-query";
import { actionResponse, noticeResponse, peopleResponse, planResponse } from "../../../plan/api.ts";
import { api } from "../../api-client.ts";

export const PLAN_KEY = ["plan"] as const;

export const noticeQuery = queryOptions({
  queryKey: [...PLAN_KEY, "notice"],
  queryFn: () => api.get("/api/notice", noticeResponse),
});

export const planQuery = queryOptions({
  queryKey: [...PLAN_KEY, "plan"],
  queryFn: () => api.get("/api/plan", planResponse),
});

export function actionQuery(id: number) {
  return queryOptions({
    queryKey: [...PLAN_KEY, "action", id],
    queryFn: () => api.get(`/api/plan/actions/${id}`, actionResponse),
  });
}

/** People an action can be owned by with an account (for plan managers). */
export const peopleQuery = queryOptions({
  queryKey: [...PLAN_KEY, "people"],
  queryFn: () => api.get("/api/plan/people", peopleResponse),
});
