/** What each permission means, in words a council officer would use. */
import { isRole, type Permission, ROLE_LABELS } from "../platform/access/roles.ts";

export const PERMISSION_LABELS: Record<Permission, string> = {
  "account.self": "Use and manage their own account",
  "child.read.all": "Read every child's record",
  "child.read.team": "Read records of children allocated to their team or to them",
  "child.read.audited": "Read records of children in audits they work on",
  "child.break_glass": "Use break-glass access to a child's record (logged and reviewed)",
  "child.restrict": "Restrict a child's record to named people",
  "child.access_log": "See who has viewed a child's record",
  "users.manage": "Create and change user accounts",
  "teams.manage": "Create and rename teams",
  "roles.read": "See the roles and what each may do",
  "audit.read": "Search the audit log",
  "audit.export": "Export the audit log as a spreadsheet (CSV)",
  "alerts.review": "Review break-glass alerts",
  "imports.read": "See import runs and their data-quality reports",
  "imports.write": "Import extracts from the case system",
  "aggregate.read": "See the performance scorecard and indicators",
  "aggregate.unsuppressed": "See small numbers (1 to 5) in performance figures",
  "targets.write": "Record Board-agreed targets and SPC change points",
  "commentary.write": "Write monthly commentary on performance exceptions",
  "benchmarks.write": "Load published benchmark figures",
  "plan.read": "Read the Improvement Notice, the plan and the ICS issue log",
  "plan.update": "Record progress and evidence on actions they own",
  "plan.manage": "Record progress and evidence on any action; draft plan versions",
  "plan.approve": "Approve and lock a plan version at a Board meeting",
  "board.read": "Read meetings, decisions, actions, the reporting calendar and board packs",
  "board.record": "Record meetings' attendance, minutes, decisions and actions",
  "packs.generate": "Generate board packs",
  "calendar.update": "Mark reporting-calendar items as delivered",
  "reports.write": "Write the chair's commentary for quarterly reports to the minister",
};

export function permissionLabel(permission: string): string {
  return (PERMISSION_LABELS as Record<string, string>)[permission] ?? permission;
}

/** Audit entries store the role's code; people read its label. */
export function roleLabel(role: string | null): string {
  if (!role) return "";
  return isRole(role) ? ROLE_LABELS[role] : role;
}
