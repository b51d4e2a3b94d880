/** The Board API's reads, under one key prefix so a write can refresh them all. */
import { queryOptions } from "@tanstack/react-query";
import {
  actionsResponse,
  calendarResponse,
  meetingResponse,
  meetingsResponse,
  reportResponse,
} from "../../../board/api.ts";
import { api } from "../../api-client.ts";

export const BOARD_KEY = ["board"] as const;

export const meetingsQuery = queryOptions({
  queryKey: [...BOARD_KEY, "meetings"],
  queryFn: () => api.get("/api/board/meetings", meetingsResponse),
});

export function meetingQuery(id: number) {
  return queryOptions({
    queryKey: [...BOARD_KEY, "meeting", id],
    queryFn: () => api.get(`/api/board/meetings/${id}`, meetingResponse),
  });
}

export const boardActionsQuery = queryOptions({
  queryKey: [...BOARD_KEY, "actions"],
  queryFn: () => api.get("/api/board/actions", actionsResponse),
});

export const calendarQuery = queryOptions({
  queryKey: [...BOARD_KEY, "calendar"],
  queryFn: () => api.get("/api/board/calendar", calendarResponse),
});

/** A quarterly report to the minister: its measures, the chair's commentary and its packs. */
export function reportQuery(id: number) {
  return queryOptions({
    queryKey: [...BOARD_KEY, "report", id],
    queryFn: () => api.get(`/api/board/reports/${id}`, reportResponse),
  });
}

/** Where a pack is read: the HTML opens in the browser, the PDF downloads. */
export function packUrl(id: number, format: "html" | "pdf"): string {
  return `/api/board/packs/${id}/pack.${format}`;
}
