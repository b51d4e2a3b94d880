/** Request and response shapes for the administration pages. */
import { z } from "zod";
import { ROLES } from "../access/roles.ts";

export const adminUser = z.object({
  id: z.number(),
  username: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  role: z.enum(ROLES),
  teamIds: z.array(z.number()),
  disabled: z.boolean(),
  mustChangePassword: z.boolean(),
  lastSignInAt: z.string().nullable(),
});
export type AdminUser = z.infer<typeof adminUser>;
export const adminUsersResponse = z.object({ users: z.array(adminUser) });

const username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^[a-z0-9][a-z0-9._-]{1,49}$/,
    "Use 2 to 50 letters, digits, dots, hyphens or underscores",
  );
const displayName = z.string().trim().min(1, "Enter the person's name").max(200);
const email = z
  .string()
  .trim()
  .email("Enter an email address like name@council.gov.uk")
  .max(200)
  .nullable();

export const createUserRequest = z.object({
  username,
  displayName,
  email: email.optional().default(null),
  role: z.enum(ROLES),
  teamIds: z.array(z.number().int().positive()).max(50).default([]),
  password: z.string().max(1000),
});

export const updateUserRequest = z
  .object({
    displayName: displayName.optional(),
    email: email.optional(),
    role: z.enum(ROLES).optional(),
    teamIds: z.array(z.number().int().positive()).max(50).optional(),
    disabled: z.boolean().optional(),
  })
  .refine((value) => Object.keys(value).length > 0, "Change at least one thing");

export const resetPasswordRequest = z.object({ password: z.string().max(1000) });

export const team = z.object({
  id: z.number(),
  name: z.string(),
  service: z.string(),
  memberCount: z.number(),
});
export const teamsResponse = z.object({ teams: z.array(team) });
export const teamRequest = z.object({
  name: z.string().trim().min(2, "Enter the team's name").max(120),
  service: z.string().trim().min(2, "Enter the service the team belongs to").max(120),
});
export const updateTeamRequest = teamRequest
  .partial()
  .refine((value) => Object.keys(value).length > 0, "Change at least one thing");

export const rolesResponse = z.object({
  roles: z.array(
    z.object({
      role: z.enum(ROLES),
      label: z.string(),
      description: z.string(),
      permissions: z.array(z.string()),
      userCount: z.number(),
    }),
  ),
  permissions: z.array(z.string()),
});

export const breakGlassAlert = z.object({
  id: z.number(),
  userId: z.number(),
  username: z.string(),
  displayName: z.string(),
  role: z.string(),
  childId: z.number(),
  reason: z.string(),
  grantedAt: z.string(),
  expiresAt: z.string(),
  reviewedAt: z.string().nullable(),
  reviewedBy: z.string().nullable(),
  reviewNote: z.string().nullable(),
});
export const alertsResponse = z.object({ alerts: z.array(breakGlassAlert) });
export const alertsQuery = z.object({ status: z.enum(["open", "all"]).default("open") });
export const reviewAlertRequest = z.object({
  note: z.string().trim().min(3, "Say what you checked").max(2000),
});
