/**
 * The demo council's Improvement Notice, plan and Board, from the seed documents
 * (src/demo/notice/notice-data.ts): the notice and its measures, the starting plan with
 * owners, milestones and progress, the ICS issue log, the governance bodies and their
 * meetings, the reporting calendar generated from the notice date, and a draft plan
 * version for the chair to approve at the April 2012 Board. Run once, in one transaction.
 */
import { sql } from "drizzle-orm";
import * as repo from "../board/repo.ts";
import { reportingCalendar } from "../board/rules/reporting-calendar.ts";
import { addDays } from "../calendar/dates.ts";
import * as planRepo from "../plan/repo.ts";
import { actionRag } from "../plan/rules/action-rag.ts";
import type { Database, Tx } from "../platform/db/database.ts";
import {
  DEMO_ACTIONS,
  DEMO_BODIES,
  DEMO_ICS_ISSUES,
  DEMO_MEASURES,
  DEMO_MEETINGS,
  DEMO_NOTICE,
} from "./notice/notice-data.ts";

/** demo: the notice asks for the plan's approval by the end of February 2012. */
const PLAN_APPROVAL_DEADLINE = "2012-02-29";

async function one<T>(tx: Tx, query: ReturnType<typeof sql>): Promise<T> {
  return (await tx.execute(query)).rows[0] as T;
}

/** The April 2012 Improvement Board: the meeting the demo is set at, and reads its plan on. */
const DEMO_AS_AT = "2012-04-26";

/**
 * A monthly Board item is delivered by the demo's meeting in that month, if it has been
 * held by the date the demo is read at (the April 2012 Board; later ones are to come).
 */
function boardMeetingHeld(monthEnd: string): string | null {
  const held = DEMO_MEETINGS.find(
    (m) =>
      m.bodyKey === "improvement_board" &&
      m.date.slice(0, 7) === monthEnd.slice(0, 7) &&
      m.date < DEMO_AS_AT,
  );
  return held?.date ?? null;
}

/** The February 2012 Board, which approved the first version of the plan. */
const PLAN_V1_AS_AT = "2012-02-07";

async function meetingIdsByDate(tx: Tx): Promise<Map<string, number>> {
  const rows = (await tx.execute(sql`SELECT id, date FROM meetings`)).rows as {
    id: number;
    date: string;
  }[];
  return new Map(rows.map((r) => [r.date, r.id]));
}

/**
 * The demo's records say they were written on the day they describe (at noon), not when
 * the demo was loaded, so a 2012 update does not read "recorded December 2026".
 */
const onDay = (date: string) => ({ userId: null, at: new Date(`${date}T12:00:00Z`) });

/** A plan version as the plan stood on `asAt`; approved (and locked) when a meeting is given. */
async function insertPlanVersion(tx: Tx, asAt: string, meetingId: number | null) {
  const actions = (await planRepo.actions(tx, asAt)).map((a) => ({ ...a, ...actionRag(a, asAt) }));
  const id = await planRepo.insertPlanVersion(tx, { asAt, actions }, onDay(asAt));
  if (meetingId !== null) await planRepo.approvePlanVersion(tx, id, meetingId, onDay(asAt));
}

/** Plan action owners who have a demo account can update their actions. */
async function ownerUserIds(tx: Tx): Promise<Map<string, number>> {
  const director = await one<{ id: number } | undefined>(
    tx,
    sql`SELECT id FROM users WHERE username = 'director'`,
  );
  const officer = await one<{ id: number } | undefined>(
    tx,
    sql`SELECT id FROM users WHERE username = 'perf.officer'`,
  );
  const ids = new Map<string, number>();
  if (director) ids.set("Director of Children's Services", director.id);
  if (officer) ids.set("Head of Performance", officer.id);
  return ids;
}

export async function seedDemoBoard(database: Database): Promise<void> {
  await database.db.transaction(async (tx) => {
    if (await planRepo.latestNotice(tx)) return;
    const noticeId = await planRepo.insertNotice(tx, {
      ...DEMO_NOTICE,
      planApprovalDeadline: PLAN_APPROVAL_DEADLINE,
    });
    const measureIds = new Map<string, number>();
    for (const [ordinal, m] of DEMO_MEASURES.entries()) {
      measureIds.set(m.ref, await planRepo.insertMeasure(tx, { ...m, noticeId, ordinal }));
    }
    const owners = await ownerUserIds(tx);
    for (const a of DEMO_ACTIONS) {
      const actionId = await planRepo.insertAction(tx, {
        ...a,
        measureIds: a.measureRefs.map((ref) => {
          const id = measureIds.get(ref);
          if (id === undefined) throw new Error(`Demo action ${a.ref}: no measure ${ref}`);
          return id;
        }),
        owners: [...new Set(a.owners)].map((owner) => ({
          owner,
          userId: owners.get(owner) ?? null,
        })),
      });
      // Each dated update carries the action's progress as it then stood; the last is its current state.
      for (const [index, u] of a.updates.entries()) {
        const last = index === a.updates.length - 1;
        const status = last ? a.status : "in_progress";
        const percent = last
          ? a.percentComplete
          : Math.round((a.percentComplete * (index + 1)) / a.updates.length);
        await planRepo.insertUpdate(
          tx,
          {
            actionId,
            onDate: u.on,
            status,
            percentComplete: status === "complete" ? 100 : Math.min(percent, 99),
            text: u.text,
          },
          onDay(u.on),
        );
      }
    }
    for (const i of DEMO_ICS_ISSUES) await planRepo.insertIcsIssue(tx, i, onDay(i.raisedOn).at);
    const bodyIds = new Map<string, number>();
    for (const b of DEMO_BODIES) {
      const id = await repo.insertBody(tx, b);
      if (id === null) throw new Error(`Demo body ${b.key} already exists`);
      bodyIds.set(b.key, id);
    }
    for (const m of DEMO_MEETINGS) {
      const bodyId = bodyIds.get(m.bodyKey);
      if (bodyId === undefined) throw new Error(`Demo meeting ${m.title}: no body ${m.bodyKey}`);
      const meetingId = await repo.insertMeeting(tx, { ...m, bodyId });
      for (const text of m.decisions) await repo.insertDecision(tx, meetingId, text, onDay(m.date));
      for (const a of m.actions)
        await repo.insertBoardAction(tx, { ...a, meetingId }, onDay(m.date));
    }
    const meetingIds = await meetingIdsByDate(tx);
    // Version 1 was approved at the February Board (the committee report); version 2, revised
    // after the notice, waits as a draft for the chair to approve at the April Board.
    await insertPlanVersion(tx, PLAN_V1_AS_AT, meetingIds.get(PLAN_V1_AS_AT) ?? null);
    await insertPlanVersion(tx, "2012-04-20", null);
    const initialReportDue = addDays(DEMO_NOTICE.issuedOn, 42);
    for (const item of reportingCalendar({
      issuedOn: DEMO_NOTICE.issuedOn,
      planApprovalDeadline: PLAN_APPROVAL_DEADLINE,
    })) {
      // demo: the chair sent the initial report two days before it was due, plan version 1 was
      // approved in February, and the Boards held so far count as held.
      const deliveredOn =
        item.kind === "initial_report"
          ? addDays(initialReportDue, -2)
          : item.kind === "plan_approval"
            ? PLAN_V1_AS_AT
            : item.kind === "board_meeting"
              ? boardMeetingHeld(item.dueDate)
              : null;
      await repo.insertReportingItem(tx, { ...item, noticeId, deliveredOn });
    }
    // The council reads its plan as at the April 2012 Board, the meeting the demo is set at.
    await tx.execute(sql`
      INSERT INTO settings (key, value) VALUES ('plan_as_at', ${JSON.stringify(DEMO_AS_AT)}::jsonb)
      ON CONFLICT (key) DO NOTHING`);
  });
}
