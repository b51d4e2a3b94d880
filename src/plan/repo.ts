/** All of the plan area's SQL. */
import { sql } from "drizzle-orm";
import type { Tx } from "../platform/db/database.ts";
import type { ActionStatus } from "./rules/action-rag.ts";

export interface NoticeRow {
  id: number;
  issuedBy: string;
  issuedOn: string;
  services: string;
  evidence: string;
  reference: string | null;
  planApprovalDeadline: string;
}

export interface MeasureRow {
  id: number;
  ref: string;
  group: string;
  text: string;
  indicatorIds: string[];
}

export interface ActionRow {
  id: number;
  ref: string;
  title: string;
  leadBody: string;
  startDate: string;
  dueDate: string;
  workstream: string | null;
  owners: { owner: string; userId: number | null }[];
  measureRefs: string[];
  milestones: { id: number; title: string; dueDate: string; doneOn: string | null }[];
  status: ActionStatus;
  percentComplete: number;
  lastUpdate: { onDate: string; text: string } | null;
}

export async function latestNotice(tx: Tx): Promise<NoticeRow | null> {
  const result = await tx.execute(sql`
    SELECT id, issued_by AS "issuedBy", issued_on AS "issuedOn", services, evidence, reference,
           plan_approval_deadline AS "planApprovalDeadline"
    FROM notices ORDER BY id DESC LIMIT 1`);
  return (result.rows[0] as NoticeRow | undefined) ?? null;
}

export async function measures(tx: Tx, noticeId: number): Promise<MeasureRow[]> {
  const result = await tx.execute(sql`
    SELECT id, ref, grp AS "group", text, indicator_ids AS "indicatorIds"
    FROM notice_measures WHERE notice_id = ${noticeId} ORDER BY ordinal`);
  return result.rows as unknown as MeasureRow[];
}

/**
 * Every action with its owners, measures, milestones, and the status and percent of its
 * latest update on or before `asAt` (not started, 0%, when it has none yet).
 */
export async function actions(tx: Tx, asAt: string, actionId?: number): Promise<ActionRow[]> {
  const result = await tx.execute(sql`
    SELECT a.id, a.ref, a.title, a.lead_body AS "leadBody", a.start_date AS "startDate",
      a.due_date AS "dueDate", a.workstream,
      coalesce((SELECT json_agg(json_build_object('owner', o.owner, 'userId', o.user_id) ORDER BY o.owner)
                FROM action_owners o WHERE o.action_id = a.id), '[]') AS owners,
      coalesce((SELECT json_agg(m.ref ORDER BY m.ordinal) FROM action_measures am
                JOIN notice_measures m ON m.id = am.measure_id WHERE am.action_id = a.id), '[]') AS "measureRefs",
      coalesce((SELECT json_agg(json_build_object('id', s.id, 'title', s.title, 'dueDate', s.due_date,
                  'doneOn', CASE WHEN s.done_on <= ${asAt}::date THEN s.done_on END) ORDER BY s.due_date, s.id)
                FROM action_milestones s WHERE s.action_id = a.id), '[]') AS milestones,
      u.status, u.percent_complete AS "percentComplete", u.on_date AS "onDate", u.text AS "updateText"
    FROM plan_actions a
    LEFT JOIN LATERAL (SELECT * FROM action_updates x WHERE x.action_id = a.id AND x.on_date <= ${asAt}::date
                       ORDER BY x.on_date DESC, x.id DESC LIMIT 1) u ON TRUE
    ${actionId === undefined ? sql`` : sql`WHERE a.id = ${actionId}`}
    ORDER BY a.ref`);
  return (result.rows as Record<string, unknown>[]).map((r) => ({
    id: r.id as number,
    ref: r.ref as string,
    title: r.title as string,
    leadBody: r.leadBody as string,
    startDate: r.startDate as string,
    dueDate: r.dueDate as string,
    workstream: r.workstream as string | null,
    owners: r.owners as ActionRow["owners"],
    measureRefs: r.measureRefs as string[],
    milestones: r.milestones as ActionRow["milestones"],
    status: (r.status as ActionStatus | null) ?? "not_started",
    percentComplete: (r.percentComplete as number | null) ?? 0,
    lastUpdate: r.onDate ? { onDate: r.onDate as string, text: r.updateText as string } : null,
  }));
}

export async function actionUpdates(tx: Tx, actionId: number) {
  const result = await tx.execute(sql`
    SELECT x.id, x.on_date AS "onDate", x.status, x.percent_complete AS "percentComplete", x.text,
           us.display_name AS "recordedBy", x.recorded_at AS "recordedAt"
    FROM action_updates x LEFT JOIN users us ON us.id = x.recorded_by
    WHERE x.action_id = ${actionId} ORDER BY x.on_date DESC, x.id DESC`);
  return (result.rows as Record<string, unknown>[]).map((r) => ({
    id: r.id as number,
    onDate: r.onDate as string,
    status: r.status as string,
    percentComplete: r.percentComplete as number,
    text: r.text as string,
    recordedBy: r.recordedBy as string | null,
    recordedAt: new Date(r.recordedAt as string).toISOString(),
  }));
}

export async function insertUpdate(
  tx: Tx,
  u: {
    actionId: number;
    onDate: string;
    status: ActionStatus;
    percentComplete: number;
    text: string;
  },
  by: { userId: number | null; at: Date },
): Promise<number> {
  const result = await tx.execute(sql`
    INSERT INTO action_updates (action_id, on_date, status, percent_complete, text, recorded_by, recorded_at)
    VALUES (${u.actionId}, ${u.onDate}, ${u.status}, ${u.percentComplete}, ${u.text}, ${by.userId}, ${by.at.toISOString()})
    RETURNING id`);
  return (result.rows[0] as { id: number }).id;
}

/** Evidence for one action, or for every measure (with the measure's id). */
export async function evidenceFor(tx: Tx, target: { actionId: number } | "measures") {
  const result = await tx.execute(sql`
    SELECT e.id, e.measure_id AS "measureId", e.kind, e.title, e.url, e.file_name AS "fileName",
           e.content_type AS "contentType", e.byte_size AS "byteSize", e.sha256,
           us.display_name AS "recordedBy", e.recorded_at AS "recordedAt"
    FROM evidence e LEFT JOIN users us ON us.id = e.recorded_by
    WHERE ${target === "measures" ? sql`e.measure_id IS NOT NULL` : sql`e.action_id = ${target.actionId}`}
    ORDER BY e.id`);
  return (result.rows as Record<string, unknown>[]).map((r) => ({
    ...(r as object),
    recordedAt: new Date(r.recordedAt as string).toISOString(),
  })) as {
    id: number;
    measureId: number | null;
    kind: string;
    title: string;
    url: string | null;
    fileName: string | null;
    contentType: string | null;
    byteSize: number | null;
    sha256: string | null;
    recordedBy: string | null;
    recordedAt: string;
  }[];
}

export async function insertEvidence(
  tx: Tx,
  e: {
    actionId: number | null;
    measureId: number | null;
    kind: "file" | "link";
    title: string;
    url: string | null;
    fileName: string | null;
    contentType: string | null;
    content: Buffer | null;
    sha256: string | null;
  },
  by: { userId: number | null; at: Date },
): Promise<number> {
  const result = await tx.execute(sql`
    INSERT INTO evidence (action_id, measure_id, kind, title, url, file_name, content_type, byte_size, sha256, content, recorded_by, recorded_at)
    VALUES (${e.actionId}, ${e.measureId}, ${e.kind}, ${e.title}, ${e.url}, ${e.fileName}, ${e.contentType},
            ${e.content?.length ?? null}, ${e.sha256}, ${e.content}, ${by.userId}, ${by.at.toISOString()})
    RETURNING id`);
  return (result.rows[0] as { id: number }).id;
}

export async function evidenceFile(tx: Tx, id: number) {
  const result = await tx.execute(sql`
    SELECT file_name AS "fileName", content_type AS "contentType", content, action_id AS "actionId",
           measure_id AS "measureId"
    FROM evidence WHERE id = ${id} AND kind = 'file'`);
  return (
    (result.rows[0] as
      | {
          fileName: string;
          contentType: string;
          content: Buffer;
          actionId: number | null;
          measureId: number | null;
        }
      | undefined) ?? null
  );
}

export interface IcsIssueRow {
  id: number;
  ref: string;
  raisedOn: string;
  issue: string;
  impact: string;
  actionTaken: string;
  status: string;
}

export async function icsIssue(tx: Tx, id: number): Promise<IcsIssueRow | null> {
  const result = await tx.execute(sql`
    SELECT id, ref, raised_on AS "raisedOn", issue, impact, action_taken AS "actionTaken", status
    FROM ics_issues WHERE id = ${id}`);
  return (result.rows[0] as IcsIssueRow | undefined) ?? null;
}

/** Refs run ICS-01, ICS-02, ...; the lock keeps two people raising issues at once apart. */
export async function insertIcsIssue(
  tx: Tx,
  i: { raisedOn: string; issue: string; impact: string; actionTaken: string; status?: string },
  at: Date,
): Promise<{ id: number; ref: string }> {
  await tx.execute(sql`LOCK TABLE ics_issues IN SHARE ROW EXCLUSIVE MODE`);
  const result = await tx.execute(sql`
    INSERT INTO ics_issues (ref, raised_on, issue, impact, action_taken, status, updated_at)
    SELECT 'ICS-' || lpad((coalesce(max(substring(ref FROM '^ICS-([0-9]+)$')::int), 0) + 1)::text, 2, '0'),
           ${i.raisedOn}, ${i.issue}, ${i.impact}, ${i.actionTaken}, ${i.status ?? "open"}, ${at.toISOString()}
    FROM ics_issues RETURNING id, ref`);
  return result.rows[0] as { id: number; ref: string };
}

export async function updateIcsIssue(
  tx: Tx,
  id: number,
  i: { impact: string; actionTaken: string; status: string },
  at: Date,
): Promise<void> {
  await tx.execute(sql`
    UPDATE ics_issues SET impact = ${i.impact}, action_taken = ${i.actionTaken}, status = ${i.status},
      updated_at = ${at.toISOString()} WHERE id = ${id}`);
}

export async function icsIssues(tx: Tx) {
  const result = await tx.execute(sql`
    SELECT id, ref, raised_on AS "raisedOn", issue, impact, action_taken AS "actionTaken", status
    FROM ics_issues ORDER BY raised_on, ref`);
  return result.rows as unknown as IcsIssueRow[];
}

export async function planVersions(tx: Tx) {
  const result = await tx.execute(sql`
    SELECT v.id, v.created_at AS "createdAt", v.locked, v.approved_at AS "approvedAt",
           v.approved_meeting_id AS "approvedMeetingId", m.title AS "approvedAtMeeting", u.display_name AS "approvedBy"
    FROM plan_versions v LEFT JOIN meetings m ON m.id = v.approved_meeting_id
    LEFT JOIN users u ON u.id = v.approved_by ORDER BY v.id DESC`);
  return (result.rows as Record<string, unknown>[]).map((r) => ({
    id: r.id as number,
    createdAt: new Date(r.createdAt as string).toISOString(),
    locked: r.locked as boolean,
    approvedAt: r.approvedAt ? new Date(r.approvedAt as string).toISOString() : null,
    approvedMeetingId: r.approvedMeetingId as number | null,
    approvedAtMeeting: r.approvedAtMeeting as string | null,
    approvedBy: r.approvedBy as string | null,
  }));
}

export async function insertPlanVersion(
  tx: Tx,
  snapshot: unknown,
  by: { userId: number | null; at: Date },
) {
  const result = await tx.execute(sql`
    INSERT INTO plan_versions (snapshot, created_by, created_at)
    VALUES (${JSON.stringify(snapshot)}::jsonb, ${by.userId}, ${by.at.toISOString()}) RETURNING id`);
  return (result.rows[0] as { id: number }).id;
}

/** Approves and locks a version; refuses (returns false) one already locked. */
export async function approvePlanVersion(
  tx: Tx,
  id: number,
  meetingId: number,
  by: { userId: number | null; at: Date },
): Promise<boolean> {
  const result = await tx.execute(sql`
    UPDATE plan_versions SET locked = TRUE, approved_meeting_id = ${meetingId}, approved_by = ${by.userId},
      approved_at = ${by.at.toISOString()}
    WHERE id = ${id} AND NOT locked RETURNING id`);
  return result.rows.length === 1;
}

export async function latestApprovedPlanVersion(
  tx: Tx,
  onOrBefore: string,
): Promise<{ id: number; snapshot: unknown } | null> {
  const result = await tx.execute(sql`
    SELECT v.id, v.snapshot FROM plan_versions v JOIN meetings m ON m.id = v.approved_meeting_id
    WHERE v.locked AND m.date <= ${onOrBefore}::date ORDER BY m.date DESC, v.id DESC LIMIT 1`);
  return (result.rows[0] as { id: number; snapshot: unknown } | undefined) ?? null;
}

/** The next free ref with this prefix: A01, A02, ... or ICS1, ICS2, ... (the lock serialises it). */
export async function nextActionRef(tx: Tx, prefix: "A" | "ICS"): Promise<string> {
  await tx.execute(sql`LOCK TABLE plan_actions IN SHARE ROW EXCLUSIVE MODE`);
  const result = await tx.execute(sql`
    SELECT coalesce(max(substring(ref FROM ${`^${prefix}([0-9]+)$`})::int), 0) + 1 AS n FROM plan_actions`);
  const n = (result.rows[0] as { n: number }).n;
  return prefix === "A" ? `A${String(n).padStart(2, "0")}` : `ICS${n}`;
}

export async function insertAction(
  tx: Tx,
  a: {
    ref: string;
    title: string;
    leadBody: string;
    startDate: string;
    dueDate: string;
    workstream: string | null;
    measureIds: number[];
    owners: { owner: string; userId: number | null }[];
    milestones: { title: string; dueDate: string; doneOn?: string | null }[];
  },
): Promise<number> {
  const result = await tx.execute(sql`
    INSERT INTO plan_actions (ref, title, lead_body, start_date, due_date, workstream)
    VALUES (${a.ref}, ${a.title}, ${a.leadBody}, ${a.startDate}, ${a.dueDate}, ${a.workstream}) RETURNING id`);
  const id = (result.rows[0] as { id: number }).id;
  await tx.execute(sql`
    INSERT INTO action_measures (action_id, measure_id)
    SELECT ${id}, m FROM unnest(${`{${a.measureIds.join(",")}}`}::int[]) AS m`);
  for (const o of a.owners) {
    await tx.execute(
      sql`INSERT INTO action_owners (action_id, owner, user_id) VALUES (${id}, ${o.owner}, ${o.userId})`,
    );
  }
  for (const m of a.milestones) await insertMilestone(tx, id, m);
  return id;
}

export async function insertMilestone(
  tx: Tx,
  actionId: number,
  m: { title: string; dueDate: string; doneOn?: string | null },
): Promise<number> {
  const result = await tx.execute(sql`
    INSERT INTO action_milestones (action_id, title, due_date, done_on)
    VALUES (${actionId}, ${m.title}, ${m.dueDate}, ${m.doneOn ?? null}) RETURNING id`);
  return (result.rows[0] as { id: number }).id;
}

export async function milestone(tx: Tx, id: number) {
  const result = await tx.execute(sql`
    SELECT id, action_id AS "actionId", title, due_date AS "dueDate", done_on AS "doneOn"
    FROM action_milestones WHERE id = ${id}`);
  return (
    (result.rows[0] as
      | { id: number; actionId: number; title: string; dueDate: string; doneOn: string | null }
      | undefined) ?? null
  );
}

/** Marks a milestone done once; false when it already was. */
export async function markMilestoneDone(tx: Tx, id: number, doneOn: string): Promise<boolean> {
  const result = await tx.execute(sql`
    UPDATE action_milestones SET done_on = ${doneOn} WHERE id = ${id} AND done_on IS NULL RETURNING id`);
  return result.rows.length === 1;
}

/** Which of these ids are measures of the notice, and which are active users. */
export async function existingMeasureIds(tx: Tx, ids: number[]): Promise<Set<number>> {
  const result = await tx.execute(
    sql`SELECT id FROM notice_measures WHERE id = ANY(${`{${ids.join(",")}}`}::int[])`,
  );
  return new Set((result.rows as { id: number }[]).map((r) => r.id));
}

export async function activeUserIds(tx: Tx, ids: number[]): Promise<Set<number>> {
  const result = await tx.execute(
    sql`SELECT id FROM users WHERE NOT disabled AND id = ANY(${`{${ids.join(",")}}`}::int[])`,
  );
  return new Set((result.rows as { id: number }[]).map((r) => r.id));
}

export async function insertNotice(
  tx: Tx,
  n: {
    issuedBy: string;
    issuedOn: string;
    services: string;
    evidence: string;
    reference: string | null;
    planApprovalDeadline: string;
  },
): Promise<number> {
  const result = await tx.execute(sql`
    INSERT INTO notices (issued_by, issued_on, services, evidence, reference, plan_approval_deadline)
    VALUES (${n.issuedBy}, ${n.issuedOn}, ${n.services}, ${n.evidence}, ${n.reference}, ${n.planApprovalDeadline})
    RETURNING id`);
  return (result.rows[0] as { id: number }).id;
}

export async function insertMeasure(
  tx: Tx,
  m: {
    noticeId: number;
    ref: string;
    group: string;
    text: string;
    ordinal: number;
    indicatorIds: string[];
  },
): Promise<number> {
  const result = await tx.execute(sql`
    INSERT INTO notice_measures (notice_id, ref, grp, text, ordinal, indicator_ids)
    VALUES (${m.noticeId}, ${m.ref}, ${m.group}, ${m.text}, ${m.ordinal}, ${`{${m.indicatorIds.join(",")}}`}::text[])
    RETURNING id`);
  return (result.rows[0] as { id: number }).id;
}

/** The key of the body holding a meeting ("improvement_board", ...), or null for no meeting. */
export async function meetingBodyKey(tx: Tx, meetingId: number): Promise<string | null> {
  const result = await tx.execute(sql`
    SELECT b.key FROM meetings m JOIN bodies b ON b.id = m.body_id WHERE m.id = ${meetingId}`);
  return (result.rows[0] as { key: string } | undefined)?.key ?? null;
}

export async function activeUsers(tx: Tx) {
  const result = await tx.execute(sql`
    SELECT id, display_name AS "displayName", role FROM users WHERE NOT disabled ORDER BY display_name, id`);
  return result.rows as unknown as { id: number; displayName: string; role: string }[];
}
