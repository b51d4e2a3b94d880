/**
 * Recording a governance body (the Improvement Board, Children's Trust, LSCB, scrutiny)
 * with its remit, whom it answers to and its members; and scheduling its meetings: one, or a monthly series on the same day of the month
 * (clamped to the month's end, so the 31st becomes the 30th or 28th), each with the same
 * agenda to start from. A date the body already meets on is refused, with the date named.
 */
import { addMonths, isIsoDate } from "../calendar/dates.ts";
import { audit } from "../platform/audit/service.ts";
import type { Tx } from "../platform/db/database.ts";
import type { AuthenticatedContext } from "../platform/http/context.ts";
import { badRequest, conflict } from "../platform/http/errors.ts";
import * as repo from "./repo.ts";

const monthTitle = (date: string) =>
  new Date(`${date}T00:00:00Z`).toLocaleDateString("en-GB", {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });

/** The Improvement Board is found by its key, so its name can be the council's own. */
const keyOf = (name: string) =>
  /improvement board/i.test(name)
    ? "improvement_board"
    : name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "_")
        .replace(/^_|_$/g, "");

export async function recordBody(
  ctx: AuthenticatedContext,
  tx: Tx,
  body: {
    name: string;
    remit: string;
    accountableTo: string | null;
    members: { name: string; role: string; organisation: string }[];
  },
) {
  const key = keyOf(body.name);
  const id = await repo.insertBody(tx, { ...body, key });
  if (id === null)
    throw conflict(
      key === "improvement_board"
        ? "An Improvement Board is already recorded; a council has one."
        : `A body called ${body.name} is already recorded.`,
    );
  await audit(ctx, tx, { action: "board.body_recorded", details: { bodyId: id, key, ...body } });
  return { id };
}

export function seriesDates(firstDate: string, months: number): string[] {
  return Array.from({ length: months }, (_, i) => addMonths(firstDate, i));
}

export async function scheduleMeetings(
  ctx: AuthenticatedContext,
  tx: Tx,
  body: { bodyId: number; firstDate: string; months: number; agenda: string[] },
) {
  if (!isIsoDate(body.firstDate))
    throw badRequest(`Not a real date: ${body.firstDate}`, { field: "firstDate" });
  const meetingBody = await repo.body(tx, body.bodyId);
  if (!meetingBody) throw badRequest("That body does not exist.", { field: "bodyId" });
  const dates = seriesDates(body.firstDate, body.months);
  const taken = await repo.meetingDates(tx, body.bodyId);
  const clash = dates.find((d) => taken.has(d));
  if (clash) throw conflict(`The ${meetingBody.name} already meets on ${clash}.`);
  const ids: number[] = [];
  for (const date of dates) {
    ids.push(
      await repo.insertMeeting(tx, {
        bodyId: body.bodyId,
        date,
        title: `${meetingBody.name}, ${monthTitle(date)}`,
        agenda: body.agenda,
      }),
    );
  }
  await audit(ctx, tx, {
    action: "board.meetings_scheduled",
    details: { bodyId: body.bodyId, meetingIds: ids, dates },
  });
  return { ids };
}
