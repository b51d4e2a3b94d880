/**
 * The single role-to-permission table. Deny by default: a permission not listed for a
 * role is refused, and every route names the permission it needs.
 *
 * Permissions are plain strings grouped by area. Child-level reading is split by scope:
 * `child.read.all` (every child), `child.read.team` (children allocated to the user's
 * teams or to the user), `child.read.audited` (children in an audit the user works on).
 * Aggregate-only roles hold none of them, so they can never receive a child-level row.
 */

export const ROLES = [
  "performance_officer",
  "social_worker",
  "team_manager",
  "qa_lead",
  "director",
  "board_chair",
  "board_member",
  "dfe_observer",
  "elected_member",
  "admin",
] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  "account.self",
  "child.read.all",
  "child.read.team",
  "child.read.audited",
  "child.break_glass",
  "child.restrict",
  "child.access_log",
  "users.manage",
  "teams.manage",
  "roles.read",
  "audit.read",
  "audit.export",
  "alerts.review",
  "imports.read",
  "imports.write",
  "aggregate.read",
  "aggregate.unsuppressed",
  "targets.write",
  "commentary.write",
  "benchmarks.write",
  "plan.read",
  "plan.update",
  "plan.manage",
  "plan.approve",
  "board.read",
  "board.record",
  "packs.generate",
  "calendar.update",
  "reports.write",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_LABELS: Record<Role, string> = {
  performance_officer: "Performance officer",
  social_worker: "Social worker",
  team_manager: "Team manager",
  qa_lead: "QA lead or auditor",
  director: "Director or assistant director",
  board_chair: "Independent chair",
  board_member: "Improvement Board member",
  dfe_observer: "DfE observer",
  elected_member: "Elected member (scrutiny)",
  admin: "System administrator",
};

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  performance_officer:
    "Imports extracts, agrees indicator definitions and targets; all aggregates and child-level drill-down.",
  social_worker: "Records audits and supervision; sees the children of their own team.",
  team_manager: "Manages a team; sees the team's children and caseloads.",
  qa_lead: "Runs the audit programme and moderation; sees audited children only.",
  director: "Owns plan actions and signs off reports; sees everything.",
  board_chair: "Chairs the Improvement Board; aggregate figures, unsuppressed.",
  board_member: "Reads packs, records decisions and actions; aggregate figures, unsuppressed.",
  dfe_observer:
    "Observes for the Department for Education; aggregate figures with small numbers suppressed.",
  elected_member:
    "Scrutinises as an elected member; aggregate figures with small numbers suppressed.",
  admin: "Manages users, teams and settings; no child-level data.",
};

const BASE: Permission[] = ["account.self"];
/** Performance figures with small numbers shown: everyone who works with or governs them. */
const FIGURES: Permission[] = [
  "aggregate.read",
  "aggregate.unsuppressed",
  "plan.read",
  "board.read",
];
/** Observers and scrutiny read the same figures with counts of 1 to 5 withheld by the server. */
const SUPPRESSED_FIGURES: Permission[] = ["aggregate.read", "plan.read", "board.read"];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  performance_officer: [
    ...BASE,
    ...FIGURES,
    "child.read.all",
    "child.break_glass",
    "imports.read",
    "imports.write",
    "targets.write",
    "commentary.write",
    "benchmarks.write",
    "plan.manage",
    "plan.update",
    "packs.generate",
  ],
  social_worker: [...BASE, ...FIGURES, "child.read.team", "child.break_glass"],
  team_manager: [
    ...BASE,
    ...FIGURES,
    "child.read.team",
    "child.break_glass",
    "child.access_log",
    "commentary.write",
    "plan.update",
  ],
  qa_lead: [...BASE, ...FIGURES, "child.read.audited", "child.break_glass", "plan.update"],
  director: [
    ...BASE,
    ...FIGURES,
    "commentary.write",
    "plan.update",
    "plan.manage",
    "board.record",
    "packs.generate",
    "calendar.update",
    "reports.write",
    "child.read.all",
    "child.break_glass",
    "child.restrict",
    "child.access_log",
    "audit.read",
    "imports.read",
  ],
  board_chair: [
    ...BASE,
    ...FIGURES,
    "plan.approve",
    "board.record",
    "packs.generate",
    "calendar.update",
    "reports.write",
  ],
  board_member: [...BASE, ...FIGURES, "board.record"],
  dfe_observer: [...BASE, ...SUPPRESSED_FIGURES],
  elected_member: [...BASE, ...SUPPRESSED_FIGURES],
  admin: [
    ...BASE,
    "users.manage",
    "teams.manage",
    "roles.read",
    "audit.read",
    "audit.export",
    "alerts.review",
    "child.access_log",
    "imports.read",
    "imports.write",
  ],
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function hasPermission(role: string, permission: Permission): boolean {
  return isRole(role) && ROLE_PERMISSIONS[role].includes(permission);
}

export function permissionsOf(role: string): Permission[] {
  return isRole(role) ? [...ROLE_PERMISSIONS[role]] : [];
}

/** Any child-level reading scope at all: the test for "may ever see a child's record". */
export function canReadAnyChild(role: string): boolean {
  return (
    hasPermission(role, "child.read.all") ||
    hasPermission(role, "child.read.team") ||
    hasPermission(role, "child.read.audited")
  );
}
