/**
 * Writing the plan itself: new actions (with owners, the measures they serve and their
 * milestones) by plan managers, new milestones, and milestones marked done by those who
 * may update the action. Progress updates and evidence are in service.ts.
 */
import { isIsoDate } from "../calendar/dates.ts";
import { hasPermission, isRole, ROLE_LABELS } from "../platform/access/roles.ts";
import { audit } from "../platform/audit/service.ts";
import type { Tx } from "../platform/db/database.ts";
import type { AuthenticatedContext } from "../platform/http/context.ts";
import { badRequest, conflict, forbidden, notFound } from "../platform/http/errors.ts";
import * as repo from "./repo.ts";
import { mayUpdate } from "./service.ts";

function realDate(value: string, field: string): void {
  if (!isIsoDate(value)) throw badRequest(`Not a real date: ${value}`, { field });
}

export interface NewAction {
  title: string;
  leadBody: string;
  startDate: string;
  dueDate: string;
  ics: boolean;
  measureIds: number[];
  owners: { owner: string; userId: number | null }[];
  milestones: { title: string; dueDate: string }[];
}

export async function createAction(ctx: AuthenticatedContext, tx: Tx, body: NewAction) {
  realDate(body.startDate, "startDate");
  realDate(body.dueDate, "dueDate");
  if (body.dueDate < body.startDate)
    throw badRequest("The due date is before the start date.", { field: "dueDate" });
  body.milestones.forEach((m, i) => {
    realDate(m.dueDate, `milestones.${i}.dueDate`);
  });
  const measures = await repo.existingMeasureIds(tx, body.measureIds);
  const unknown = body.measureIds.find((id) => !measures.has(id));
  if (unknown !== undefined)
    throw badRequest(`Measure ${unknown} is not in the notice.`, { field: "measureIds" });
  const userIds = body.owners.flatMap((o) => (o.userId === null ? [] : [o.userId]));
  const users = await repo.activeUserIds(tx, userIds);
  const noUser = userIds.find((id) => !users.has(id));
  if (noUser !== undefined)
    throw badRequest(`User ${noUser} does not exist or is disabled.`, { field: "owners" });
  const names = body.owners.map((o) => o.owner.toLowerCase());
  if (new Set(names).size !== names.length)
    throw badRequest("Name each owner once.", { field: "owners" });
  const ref = await repo.nextActionRef(tx, body.ics ? "ICS" : "A");
  const id = await repo.insertAction(tx, {
    ...body,
    ref,
    workstream: body.ics ? "ics" : null,
  });
  await audit(ctx, tx, { action: "plan.action_created", details: { actionId: id, ref, ...body } });
  return { id, ref };
}

export async function addMilestone(
  ctx: AuthenticatedContext,
  tx: Tx,
  actionId: number,
  body: { title: string; dueDate: string },
) {
  realDate(body.dueDate, "dueDate");
  const [action] = await repo.actions(tx, "9999-12-31", actionId);
  if (!action) throw notFound("That action");
  const id = await repo.insertMilestone(tx, actionId, body);
  await audit(ctx, tx, {
    action: "plan.milestone_added",
    details: { actionId, milestoneId: id, ...body },
  });
  return { id };
}

/** Those who may update an action may mark its milestones done. */
export async function markMilestoneDone(
  ctx: AuthenticatedContext,
  tx: Tx,
  id: number,
  body: { doneOn: string },
) {
  realDate(body.doneOn, "doneOn");
  const milestone = await repo.milestone(tx, id);
  if (!milestone) throw notFound("That milestone");
  const [action] = await repo.actions(tx, "9999-12-31", milestone.actionId);
  if (!action || !mayUpdate(ctx, action))
    throw forbidden("Only the action's owners and plan managers can mark its milestones done.");
  if (!(await repo.markMilestoneDone(tx, id, body.doneOn)))
    throw conflict("That milestone is already done.");
  await audit(ctx, tx, {
    action: "plan.milestone_done",
    details: { actionId: milestone.actionId, milestoneId: id, doneOn: body.doneOn },
  });
  return { id };
}

/**
 * The people an action can be owned by with an account: those whose role may update the
 * plan. Names and roles only; it is what a plan manager needs to link an owner.
 */
export async function possibleOwners(tx: Tx) {
  const people = (await repo.activeUsers(tx)).filter(
    (u) => hasPermission(u.role, "plan.update") || hasPermission(u.role, "plan.manage"),
  );
  return {
    people: people.map((u) => ({
      id: u.id,
      displayName: u.displayName,
      roleLabel: isRole(u.role) ? ROLE_LABELS[u.role] : u.role,
    })),
  };
}
