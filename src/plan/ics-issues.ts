/**
 * The ICS implementation issue log the notice asks the Board to see: "where issues have
 * occurred, what action has been taken to address them". Raising and updating an issue
 * is audited with what it said before, so the log's history is in the audit trail.
 */
import { isIsoDate } from "../calendar/dates.ts";
import { audit } from "../platform/audit/service.ts";
import type { Tx } from "../platform/db/database.ts";
import type { AuthenticatedContext } from "../platform/http/context.ts";
import { badRequest, notFound } from "../platform/http/errors.ts";
import * as repo from "./repo.ts";

export async function raiseIcsIssue(
  ctx: AuthenticatedContext,
  tx: Tx,
  body: { raisedOn: string; issue: string; impact: string; actionTaken: string },
) {
  if (!isIsoDate(body.raisedOn))
    throw badRequest(`Not a real date: ${body.raisedOn}`, { field: "raisedOn" });
  const created = await repo.insertIcsIssue(tx, body, ctx.now);
  await audit(ctx, tx, { action: "plan.ics_issue_raised", details: { ...created, ...body } });
  return created;
}

export async function updateIcsIssue(
  ctx: AuthenticatedContext,
  tx: Tx,
  id: number,
  body: { impact: string; actionTaken: string; status: "open" | "closed" },
) {
  const before = await repo.icsIssue(tx, id);
  if (!before) throw notFound("That ICS issue");
  await repo.updateIcsIssue(tx, id, body, ctx.now);
  await audit(ctx, tx, {
    action: "plan.ics_issue_updated",
    details: {
      issueId: id,
      ref: before.ref,
      before: { impact: before.impact, actionTaken: before.actionTaken, status: before.status },
      after: body,
    },
  });
  return { id, ref: before.ref };
}
