/**
 * One child's record. Every fetch is recorded by the server as a view, and the record is
 * confidential, so it is fetched once per visit to the page and dropped from memory as
 * soon as the page closes (gcTime 0) rather than kept in a cache.
 */
import { queryOptions } from "@tanstack/react-query";
import { childRecord } from "../../../cases/api.ts";
import { api } from "../../api-client.ts";

export const childKey = (id: number) => ["child", id] as const;

export const childQuery = (id: number) =>
  queryOptions({
    queryKey: childKey(id),
    queryFn: () => api.get(`/api/children/${id}`, childRecord),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
  });
