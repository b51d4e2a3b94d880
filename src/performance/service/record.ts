/** Writes: Board-agreed targets, SPC change points and monthly commentary, each audited. */

import { endOfMonth, isIsoDate } from "../../calendar/dates.ts";
import { audit } from "../../platform/audit/service.ts";
import type { Tx } from "../../platform/db/database.ts";
import type { AuthenticatedContext } from "../../platform/http/context.ts";
import { badRequest } from "../../platform/http/errors.ts";
import { checkTarget, type TargetStep } from "../rules/targets.ts";
import { insertCommentary } from "../targets/commentary-repo.ts";
import { insertChangePoint, insertTarget } from "../targets/targets-repo.ts";
import { definitionOr404 } from "./figures.ts";

export async function recordTarget(
  ctx: AuthenticatedContext,
  tx: Tx,
  id: string,
  body: {
    steps: TargetStep[];
    tolerance: { kind: "points" | "percent"; amount: number };
    targetDate: string;
    agreedBy: string;
    agreedAt: string;
    agreedOn: string;
    changeReason: string | null;
  },
) {
  const definition = definitionOr404(id);
  const target = { ...body, indicatorId: definition.id };
  const problems = checkTarget(target);
  if (!isIsoDate(body.agreedOn))
    problems.push({
      code: "TARGET_DATE_INVALID",
      message: `Agreed on is not a real date: ${body.agreedOn}`,
    });
  if (problems.length > 0) {
    throw badRequest(problems.map((p) => p.message).join(" "), { problems });
  }
  const targetId = await insertTarget(tx, target, { userId: ctx.user.id, at: ctx.now });
  await audit(ctx, tx, { action: "target.recorded", details: { targetId, ...target } });
  return { id: targetId };
}

export async function recordCommentary(
  ctx: AuthenticatedContext,
  tx: Tx,
  id: string,
  body: { periodEnd: string; owner: string; narrative: string; correctiveAction: string },
) {
  const definition = definitionOr404(id);
  if (!isIsoDate(body.periodEnd))
    throw badRequest(`Not a real date: ${body.periodEnd}`, { field: "periodEnd" });
  const entry = { ...body, indicatorId: definition.id, periodEnd: endOfMonth(body.periodEnd) };
  const commentaryId = await insertCommentary(tx, entry, { userId: ctx.user.id, at: ctx.now });
  await audit(ctx, tx, {
    action: "commentary.recorded",
    details: { commentaryId, indicatorId: definition.id, periodEnd: entry.periodEnd },
  });
  return { id: commentaryId };
}

export async function recordChangePoint(
  ctx: AuthenticatedContext,
  tx: Tx,
  body: { indicatorId: string | null; fromMonth: string; label: string },
) {
  if (body.indicatorId !== null) definitionOr404(body.indicatorId);
  if (!isIsoDate(body.fromMonth))
    throw badRequest(`Not a real date: ${body.fromMonth}`, { field: "fromMonth" });
  const point = { ...body, fromMonth: `${body.fromMonth.slice(0, 8)}01` };
  const pointId = await insertChangePoint(tx, point, { userId: ctx.user.id, at: ctx.now });
  await audit(ctx, tx, { action: "change_point.recorded", details: { pointId, ...point } });
  return { id: pointId };
}
