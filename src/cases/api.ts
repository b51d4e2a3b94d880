/** Request and response shapes for child records, shared by server and web. */
import { z } from "zod";

export const childListQuery = z.object({
  search: z.string().trim().max(60).optional(),
  teamId: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const childSummary = z.object({
  id: z.number(),
  laChildId: z.string(),
  dateOfBirth: z.string().nullable(),
  sex: z.string().nullable(),
  restricted: z.boolean(),
  teamName: z.string().nullable(),
  workerName: z.string().nullable(),
});
export const childListResponse = z.object({ children: z.array(childSummary), total: z.number() });

export const childRecord = z.object({
  id: z.number(),
  laChildId: z.string(),
  upn: z.string().nullable(),
  dateOfBirth: z.string().nullable(),
  sex: z.string().nullable(),
  ethnicity: z.string().nullable(),
  disabilities: z.array(z.string()),
  restricted: z.boolean(),
  accessBasis: z.string(),
  allocations: z.array(
    z.object({
      teamName: z.string(),
      workerName: z.string().nullable(),
      startDate: z.string(),
      endDate: z.string().nullable(),
    }),
  ),
});

export const accessDeniedDetails = z.object({ canBreakGlass: z.boolean() });

export const breakGlassRequest = z.object({
  reason: z.string().trim().min(10, "Give the reason in at least 10 characters").max(2000),
});
export const breakGlassResponse = z.object({ expiresAt: z.string() });

export const restrictionRequest = z.object({
  restricted: z.boolean(),
  userIds: z.array(z.number().int().positive()).max(100),
  reason: z.string().trim().min(5, "Give the reason").max(2000),
});

export const accessLogResponse = z.object({
  entries: z.array(
    z.object({
      at: z.string(),
      username: z.string().nullable(),
      role: z.string().nullable(),
      action: z.string(),
      actionLabel: z.string(),
      outcome: z.string(),
      route: z.string().nullable(),
      reason: z.string().nullable(),
    }),
  ),
});
