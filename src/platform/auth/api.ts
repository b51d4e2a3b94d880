/** Request and response shapes for sign-in and the account, shared by server and web. */
import { z } from "zod";
import { PERMISSIONS, ROLES } from "../access/roles.ts";

export const signInRequest = z.object({
  username: z.string().trim().min(1, "Enter your username").max(100),
  password: z.string().min(1, "Enter your password").max(1000),
});

export const signedInUser = z.object({
  id: z.number(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  roleLabel: z.string(),
  teamIds: z.array(z.number()),
  mustChangePassword: z.boolean(),
});

export const sessionResponse = z.object({
  user: signedInUser,
  permissions: z.array(z.enum(PERMISSIONS)),
  csrfToken: z.string(),
});
export type SessionResponse = z.infer<typeof sessionResponse>;

export const changePasswordRequest = z.object({
  currentPassword: z.string().min(1, "Enter your current password").max(1000),
  newPassword: z.string().min(1, "Enter a new password").max(1000),
});

export const ownSession = z.object({
  id: z.number(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  current: z.boolean(),
});
export const ownSessionsResponse = z.object({ sessions: z.array(ownSession) });

export const idParam = z.object({ id: z.coerce.number().int().positive() });
export const okResponse = z.object({ ok: z.literal(true) });
