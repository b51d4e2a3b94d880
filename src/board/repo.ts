/** All of the board area's SQL: bodies, meetings, decisions, actions, calendar, packs. */
import { sql } from "drizzle-orm";
import type { Tx } from "../platform/db/database.ts";

export async function bodies(tx: Tx) {
  const result = await tx.execute(sql`
    SELECT b.id, b.key, b.name, b.remit, b.accountable_to AS "accountableTo",
      coalesce((SELECT json_agg(json_build_object('id', m.id, 'name', m.name, 'role', m.role,
        'organisation', m.organisation) ORDER BY m.id) FROM body_members m WHERE m.body_id = b.id), '[]') AS members
    FROM bodies b ORDER BY b.id`);
  return result.rows as unknown as {
    id: number;
    key: string;
    name: string;
    remit: string;
    accountableTo: string | null;
    members: { id: number; name: string; role: string; organisation: string }[];
  }[];
}

export async function meetings(tx: Tx) {
  const result = await tx.execute(sql`
    SELECT m.id, m.date, m.title, b.name AS "bodyName", b.key AS "bodyKey",
      (SELECT count(*)::int FROM decisions d WHERE d.meeting_id = m.id) AS decisions,
      (SELECT count(*)::int FROM board_packs p WHERE p.meeting_id = m.id AND p.reporting_item_id IS NULL) AS packs,
      (SELECT count(*)::int FROM board_packs p WHERE p.meeting_id = m.id AND p.reporting_item_id IS NOT NULL) AS reports
    FROM meetings m JOIN bodies b ON b.id = m.body_id ORDER BY m.date, m.id`);
  return result.rows as unknown as {
    id: number;
    date: string;
    title: string;
    bodyName: string;
    bodyKey: string;
    decisions: number;
    packs: number;
    reports: number;
  }[];
}

export async function meeting(tx: Tx, id: number) {
  const result = await tx.execute(sql`
    SELECT m.id, m.date, m.title, m.minutes, m.body_id AS "bodyId", b.name AS "bodyName", b.key AS "bodyKey"
    FROM meetings m JOIN bodies b ON b.id = m.body_id WHERE m.id = ${id}`);
  const row = result.rows[0] as
    | {
        id: number;
        date: string;
        title: string;
        minutes: string;
        bodyId: number;
        bodyName: string;
        bodyKey: string;
      }
    | undefined;
  if (!row) return null;
  const agenda = await tx.execute(
    sql`SELECT title FROM agenda_items WHERE meeting_id = ${id} ORDER BY ordinal`,
  );
  const attendance = await tx.execute(sql`
    SELECT bm.id AS "memberId", bm.name, bm.role, bm.organisation, a.present
    FROM body_members bm LEFT JOIN attendance a ON a.member_id = bm.id AND a.meeting_id = ${id}
    WHERE bm.body_id = ${row.bodyId} ORDER BY bm.id`);
  const decisions = await tx.execute(sql`
    SELECT id, text, recorded_at AS "recordedAt" FROM decisions WHERE meeting_id = ${id} ORDER BY id`);
  return {
    ...row,
    agenda: (agenda.rows as { title: string }[]).map((a) => a.title),
    attendance: attendance.rows as unknown as {
      memberId: number;
      name: string;
      role: string;
      organisation: string;
      present: boolean | null;
    }[],
    decisions: (decisions.rows as { id: number; text: string; recordedAt: string }[]).map((d) => ({
      ...d,
      recordedAt: new Date(d.recordedAt).toISOString(),
    })),
    actions: await boardActions(tx, { meetingId: id }),
  };
}

export interface BoardActionRow {
  id: number;
  meetingId: number;
  meetingTitle: string;
  meetingDate: string;
  text: string;
  owner: string;
  dueDate: string;
  doneOn: string | null;
}

export async function boardActions(
  tx: Tx,
  filter: { meetingId?: number } = {},
): Promise<BoardActionRow[]> {
  const result = await tx.execute(sql`
    SELECT a.id, a.meeting_id AS "meetingId", m.title AS "meetingTitle", m.date AS "meetingDate", a.text,
           a.owner, a.due_date AS "dueDate", a.done_on AS "doneOn"
    FROM meeting_actions a JOIN meetings m ON m.id = a.meeting_id
    ${filter.meetingId === undefined ? sql`` : sql`WHERE a.meeting_id = ${filter.meetingId}`}
    ORDER BY a.due_date, a.id`);
  return result.rows as unknown as BoardActionRow[];
}

export async function decisionsLog(tx: Tx, onOrBefore: string) {
  const result = await tx.execute(sql`
    SELECT d.id, d.text, m.title AS "meetingTitle", m.date AS "meetingDate"
    FROM decisions d JOIN meetings m ON m.id = d.meeting_id
    WHERE m.date <= ${onOrBefore}::date ORDER BY m.date, d.id`);
  return result.rows as unknown as {
    id: number;
    text: string;
    meetingTitle: string;
    meetingDate: string;
  }[];
}

export async function insertDecision(
  tx: Tx,
  meetingId: number,
  text: string,
  by: { userId: number | null; at: Date },
) {
  const result = await tx.execute(sql`
    INSERT INTO decisions (meeting_id, text, recorded_by, recorded_at)
    VALUES (${meetingId}, ${text}, ${by.userId}, ${by.at.toISOString()}) RETURNING id`);
  return (result.rows[0] as { id: number }).id;
}

export async function insertBoardAction(
  tx: Tx,
  a: { meetingId: number; text: string; owner: string; dueDate: string; doneOn?: string | null },
  by: { userId: number | null; at: Date },
) {
  const result = await tx.execute(sql`
    INSERT INTO meeting_actions (meeting_id, text, owner, due_date, done_on, recorded_by, recorded_at)
    VALUES (${a.meetingId}, ${a.text}, ${a.owner}, ${a.dueDate}, ${a.doneOn ?? null}, ${by.userId}, ${by.at.toISOString()})
    RETURNING id`);
  return (result.rows[0] as { id: number }).id;
}

export async function markBoardActionDone(tx: Tx, id: number, doneOn: string): Promise<boolean> {
  const result = await tx.execute(sql`
    UPDATE meeting_actions SET done_on = ${doneOn} WHERE id = ${id} AND done_on IS NULL RETURNING id`);
  return result.rows.length === 1;
}

export async function saveMinutes(
  tx: Tx,
  meetingId: number,
  minutes: string,
  attendance: { memberId: number; present: boolean }[],
) {
  await tx.execute(sql`UPDATE meetings SET minutes = ${minutes} WHERE id = ${meetingId}`);
  for (const a of attendance) {
    await tx.execute(sql`
      INSERT INTO attendance (meeting_id, member_id, present) VALUES (${meetingId}, ${a.memberId}, ${a.present})
      ON CONFLICT (meeting_id, member_id) DO UPDATE SET present = excluded.present`);
  }
}

export interface ReportingItemRow {
  id: number;
  kind: string;
  title: string;
  dueDate: string;
  owner: string;
  deliveredOn: string | null;
  note: string | null;
}

const REPORTING_ITEM_COLUMNS = sql`id, kind, title, due_date AS "dueDate", owner, delivered_on AS "deliveredOn", note`;

export async function reportingItems(tx: Tx) {
  const result = await tx.execute(sql`
    SELECT ${REPORTING_ITEM_COLUMNS} FROM reporting_items ORDER BY due_date, id`);
  return result.rows as unknown as ReportingItemRow[];
}

export async function markDelivered(
  tx: Tx,
  id: number,
  deliveredOn: string,
  note: string | null,
): Promise<boolean> {
  const result = await tx.execute(sql`
    UPDATE reporting_items SET delivered_on = ${deliveredOn}, note = ${note}
    WHERE id = ${id} AND delivered_on IS NULL RETURNING id`);
  return result.rows.length === 1;
}

/**
 * The value as a jsonb column gives it back (keys reordered, undefined dropped): a pack is
 * rendered from this form so that rebuilding it from the stored snapshot is byte-identical.
 */
export async function asStoredJson<T>(tx: Tx, value: T): Promise<T> {
  const result = await tx.execute(sql`SELECT ${JSON.stringify(value)}::jsonb AS v`);
  return (result.rows[0] as { v: T }).v;
}

export async function insertPack(
  tx: Tx,
  p: {
    meetingId: number;
    reportingItemId: number | null;
    audience: string;
    snapshot: unknown;
    htmlSha256: string;
  },
  by: { userId: number | null; at: Date },
) {
  const result = await tx.execute(sql`
    INSERT INTO board_packs (meeting_id, reporting_item_id, audience, snapshot, html_sha256, created_by, created_at)
    VALUES (${p.meetingId}, ${p.reportingItemId}, ${p.audience}, ${JSON.stringify(p.snapshot)}::jsonb, ${p.htmlSha256},
            ${by.userId}, ${by.at.toISOString()})
    RETURNING id`);
  return (result.rows[0] as { id: number }).id;
}

/** A meeting's packs, or a quarterly report's; a report's title says which report it is. */
export async function packs(tx: Tx, filter: { meetingId: number } | { reportingItemId: number }) {
  const result = await tx.execute(sql`
    SELECT p.id, p.audience, p.html_sha256 AS "htmlSha256", p.created_at AS "createdAt", u.display_name AS "createdBy",
           p.reporting_item_id AS "reportingItemId", r.title AS "reportTitle"
    FROM board_packs p LEFT JOIN users u ON u.id = p.created_by LEFT JOIN reporting_items r ON r.id = p.reporting_item_id
    WHERE ${"meetingId" in filter ? sql`p.meeting_id = ${filter.meetingId}` : sql`p.reporting_item_id = ${filter.reportingItemId}`}
    ORDER BY p.id DESC`);
  return (result.rows as Record<string, unknown>[]).map((r) => ({
    id: r.id as number,
    audience: r.audience as string,
    htmlSha256: r.htmlSha256 as string,
    createdAt: new Date(r.createdAt as string).toISOString(),
    createdBy: r.createdBy as string | null,
    reportingItemId: r.reportingItemId as number | null,
    reportTitle: r.reportTitle as string | null,
  }));
}

export async function reportingItem(tx: Tx, id: number): Promise<ReportingItemRow | null> {
  const result = await tx.execute(sql`
    SELECT ${REPORTING_ITEM_COLUMNS} FROM reporting_items WHERE id = ${id}`);
  return (result.rows[0] as ReportingItemRow | undefined) ?? null;
}

/** The Improvement Board meeting that signs a report off: its last one on or before the due date. */
export async function signOffMeeting(tx: Tx, dueDate: string): Promise<number | null> {
  const result = await tx.execute(sql`
    SELECT m.id FROM meetings m JOIN bodies b ON b.id = m.body_id
    WHERE b.key = 'improvement_board' AND m.date <= ${dueDate}::date ORDER BY m.date DESC, m.id DESC LIMIT 1`);
  return (result.rows[0] as { id: number } | undefined)?.id ?? null;
}

/** Every commentary entry for a report, oldest first (the last per measure is current). */
export async function measureCommentary(tx: Tx, reportingItemId: number) {
  const result = await tx.execute(sql`
    SELECT c.id, c.measure_id AS "measureId", c.text, u.display_name AS "recordedBy", c.recorded_at AS "recordedAt"
    FROM measure_commentary c LEFT JOIN users u ON u.id = c.recorded_by
    WHERE c.reporting_item_id = ${reportingItemId} ORDER BY c.id`);
  return (result.rows as Record<string, unknown>[]).map((r) => ({
    id: r.id as number,
    measureId: r.measureId as number,
    text: r.text as string,
    recordedBy: r.recordedBy as string | null,
    recordedAt: new Date(r.recordedAt as string).toISOString(),
  }));
}

export async function insertMeasureCommentary(
  tx: Tx,
  c: { reportingItemId: number; measureId: number; text: string },
  by: { userId: number | null; at: Date },
): Promise<number> {
  const result = await tx.execute(sql`
    INSERT INTO measure_commentary (reporting_item_id, measure_id, text, recorded_by, recorded_at)
    VALUES (${c.reportingItemId}, ${c.measureId}, ${c.text}, ${by.userId}, ${by.at.toISOString()}) RETURNING id`);
  return (result.rows[0] as { id: number }).id;
}

export async function pack(tx: Tx, id: number) {
  const result = await tx.execute(sql`
    SELECT id, meeting_id AS "meetingId", audience, snapshot, html_sha256 AS "htmlSha256" FROM board_packs WHERE id = ${id}`);
  return (
    (result.rows[0] as
      | { id: number; meetingId: number; audience: string; snapshot: unknown; htmlSha256: string }
      | undefined) ?? null
  );
}

export async function meetingByDate(tx: Tx, date: string): Promise<number | null> {
  const result = await tx.execute(sql`
    SELECT m.id FROM meetings m JOIN bodies b ON b.id = m.body_id
    WHERE m.date = ${date}::date ORDER BY (b.key = 'improvement_board') DESC, m.id LIMIT 1`);
  return (result.rows[0] as { id: number } | undefined)?.id ?? null;
}

export async function insertReportingItem(
  tx: Tx,
  i: {
    noticeId: number;
    kind: string;
    title: string;
    dueDate: string;
    owner: string;
    deliveredOn?: string | null;
  },
): Promise<void> {
  await tx.execute(sql`
    INSERT INTO reporting_items (notice_id, kind, title, due_date, owner, delivered_on)
    VALUES (${i.noticeId}, ${i.kind}, ${i.title}, ${i.dueDate}, ${i.owner}, ${i.deliveredOn ?? null})`);
}

export async function body(tx: Tx, id: number) {
  const result = await tx.execute(sql`SELECT id, key, name FROM bodies WHERE id = ${id}`);
  return (result.rows[0] as { id: number; key: string; name: string } | undefined) ?? null;
}

export async function meetingDates(tx: Tx, bodyId: number): Promise<Set<string>> {
  const result = await tx.execute(sql`SELECT date FROM meetings WHERE body_id = ${bodyId}`);
  return new Set((result.rows as { date: string }[]).map((r) => r.date));
}

export async function insertMeeting(
  tx: Tx,
  m: { bodyId: number; date: string; title: string; agenda: string[]; minutes?: string },
): Promise<number> {
  const result = await tx.execute(sql`
    INSERT INTO meetings (body_id, date, title, minutes)
    VALUES (${m.bodyId}, ${m.date}, ${m.title}, ${m.minutes ?? ""}) RETURNING id`);
  const id = (result.rows[0] as { id: number }).id;
  await tx.execute(sql`
    INSERT INTO agenda_items (meeting_id, ordinal, title)
    SELECT ${id}, ordinality - 1, title
    FROM unnest(${sql.param(m.agenda)}::text[]) WITH ORDINALITY AS a(title, ordinality)`);
  return id;
}

export async function insertBody(
  tx: Tx,
  b: {
    key: string;
    name: string;
    remit: string;
    accountableTo: string | null;
    members: { name: string; role: string; organisation: string }[];
  },
): Promise<number | null> {
  const result = await tx.execute(sql`
    INSERT INTO bodies (key, name, remit, accountable_to) VALUES (${b.key}, ${b.name}, ${b.remit}, ${b.accountableTo})
    ON CONFLICT (key) DO NOTHING RETURNING id`);
  const id = (result.rows[0] as { id: number } | undefined)?.id ?? null;
  if (id === null) return null;
  for (const m of b.members) {
    await tx.execute(sql`
      INSERT INTO body_members (body_id, name, role, organisation) VALUES (${id}, ${m.name}, ${m.role}, ${m.organisation})`);
  }
  return id;
}
