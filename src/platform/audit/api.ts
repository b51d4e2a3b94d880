import { z } from "zod";

export const auditQuery = z.object({
  userId: z.coerce.number().int().positive().optional(),
  childId: z.coerce.number().int().positive().optional(),
  action: z.string().max(60).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  beforeId: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type AuditQueryInput = z.infer<typeof auditQuery>;

export const auditEntry = z.object({
  id: z.number(),
  at: z.string(),
  userId: z.number().nullable(),
  username: z.string().nullable(),
  role: z.string().nullable(),
  action: z.string(),
  actionLabel: z.string(),
  outcome: z.string(),
  method: z.string().nullable(),
  route: z.string().nullable(),
  childId: z.number().nullable(),
  childIds: z.array(z.number()),
  reason: z.string().nullable(),
  ip: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export const auditResponse = z.object({
  entries: z.array(auditEntry),
  nextBeforeId: z.number().nullable(),
});
