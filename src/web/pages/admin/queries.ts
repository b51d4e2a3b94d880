/** Administration data shared by several pages, under keys the forms invalidate. */
import { queryOptions } from "@tanstack/react-query";
import {
  adminUsersResponse,
  alertsResponse,
  rolesResponse,
  teamsResponse,
} from "../../../platform/admin/api.ts";
import { api } from "../../api-client.ts";

export const USERS_KEY = ["admin", "users"] as const;
export const TEAMS_KEY = ["admin", "teams"] as const;
export const ALERTS_KEY = ["admin", "alerts"] as const;

export const usersQuery = queryOptions({
  queryKey: USERS_KEY,
  queryFn: () => api.get("/api/admin/users", adminUsersResponse),
});

export const teamsQuery = queryOptions({
  queryKey: TEAMS_KEY,
  queryFn: () => api.get("/api/admin/teams", teamsResponse),
});

export const rolesQuery = queryOptions({
  queryKey: ["admin", "roles"],
  queryFn: () => api.get("/api/admin/roles", rolesResponse),
});

export const alertsQuery = (status: "open" | "all") =>
  queryOptions({
    queryKey: [...ALERTS_KEY, status],
    queryFn: () => api.get(`/api/admin/alerts?status=${status}`, alertsResponse),
  });
