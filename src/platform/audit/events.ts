/**
 * Every kind of audit entry, in one typed list, so that a new kind is a deliberate change
 * and the audit page can explain each in words.
 */
export const AUDIT_ACTIONS = {
  "auth.sign_in": "Signed in",
  "auth.sign_in_failed": "Failed sign-in",
  "auth.sign_in_throttled": "Sign-in refused: too many failures",
  "auth.sign_out": "Signed out",
  "auth.session_ended": "Ended a session",
  "auth.password_changed": "Changed own password",
  "child.list": "Viewed a list of children",
  "child.view": "Viewed a child's record",
  "child.access_denied": "Was refused a child's record",
  "child.break_glass": "Used break-glass access to a child's record",
  "child.restriction_changed": "Changed a child's restriction",
  "child.access_log_viewed": "Viewed who has seen a child's record",
  "user.created": "Created a user",
  "user.updated": "Changed a user",
  "user.password_reset": "Reset a user's password",
  "team.created": "Created a team",
  "team.updated": "Changed a team",
  "audit.viewed": "Viewed the audit log",
  "audit.exported": "Exported the audit log",
  "alert.reviewed": "Reviewed a break-glass alert",
  "import.loaded": "Loaded a case-system extract",
  "import.rejected": "Tried to load a case-system extract; it was rejected",
  "import.report_viewed": "Viewed an import report",
  "import.problems_exported": "Exported an import's problems",
  "indicator.drill_down": "Viewed the children behind an indicator figure",
  "target.recorded": "Recorded an indicator target",
  "commentary.recorded": "Wrote commentary on an indicator",
  "change_point.recorded": "Recorded an SPC change point",
  "benchmarks.loaded": "Loaded published benchmark figures",
  "plan.action_created": "Added an action to the plan",
  "plan.milestone_added": "Added a milestone to a plan action",
  "plan.milestone_done": "Marked a plan milestone done",
  "plan.notice_recorded": "Recorded an Improvement Notice and its measures",
  "plan.action_updated": "Recorded progress on a plan action",
  "plan.evidence_added": "Attached evidence to a plan action",
  "plan.evidence_downloaded": "Downloaded an evidence file",
  "plan.version_created": "Drafted a plan version",
  "plan.version_approved": "Approved and locked a plan version",
  "plan.ics_issue_raised": "Raised an ICS implementation issue",
  "plan.ics_issue_updated": "Updated an ICS implementation issue",
  "board.body_recorded": "Recorded a governance body and its members",
  "board.meetings_scheduled": "Scheduled meetings",
  "board.decision_recorded": "Recorded a Board decision",
  "board.action_recorded": "Recorded a Board action",
  "board.action_done": "Marked a Board action done",
  "board.minutes_saved": "Saved a meeting's minutes and attendance",
  "board.calendar_delivered": "Marked a reporting item delivered",
  "board.pack_generated": "Generated a board pack",
  "board.report_commentary": "Wrote commentary against a measure for a report to the minister",
  "board.pack_downloaded": "Downloaded a board pack",
} as const;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

export interface AuditEntry {
  action: AuditAction;
  outcome?: "success" | "denied" | "failure";
  childId?: number | null;
  childIds?: number[];
  reason?: string | null;
  details?: Record<string, unknown>;
  /** for sign-in events, where there is no signed-in user yet. */
  subject?: { userId: number | null; username: string | null; role: string | null };
}
