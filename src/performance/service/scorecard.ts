/** The scorecard and the exceptions list the Board reads first. */
import { endOfMonth } from "../../calendar/dates.ts";
import type { Tx } from "../../platform/db/database.ts";
import type { AuthenticatedContext } from "../../platform/http/context.ts";
import { badRequest } from "../../platform/http/errors.ts";
import { INDICATORS } from "../indicators/definitions.ts";
import { commentaryForMonth } from "../targets/commentary-repo.ts";
import { cached, inputsVersion } from "./assessment-cache.ts";
import { type Audience, audienceOf } from "./audience.ts";
import { computationView, loadFigures, statusFor, statusView } from "./figures.ts";

function monthsOf(values: Map<string, { periodEnd: string }[]>): string[] {
  const first = values.values().next().value ?? [];
  return first.map((v) => `${v.periodEnd.slice(0, 8)}01`);
}

async function assessAll(ctx: AuthenticatedContext, tx: Tx, month?: string) {
  const audience = audienceOf(ctx.user);
  const key = `scorecard:${await inputsVersion(tx)}:${audience.suppressed}:${month ?? "latest"}`;
  const assessed = await cached(key, () => assessFor(tx, audience, month));
  return { audience, ...assessed };
}

async function assessFor(tx: Tx, audience: Audience, month?: string) {
  const figures = await loadFigures(tx, "month");
  const months = monthsOf(figures.valuesByIndicator);
  const asAt = month === undefined ? undefined : `${month.slice(0, 8)}01`;
  if (asAt !== undefined && !months.includes(asAt)) {
    throw badRequest(
      `There are no figures for ${asAt.slice(0, 7)}. Figures run from ${months[0] ?? "-"} to ${months.at(-1) ?? "-"}.`,
      { field: "month" },
    );
  }
  const indicators = INDICATORS.map((d) =>
    statusView(d, statusFor(d, figures, audience, asAt), audience),
  );
  const computation = computationView(figures.computation);
  return { computation, months, month: asAt ?? months.at(-1) ?? null, indicators };
}

export async function scorecard(ctx: AuthenticatedContext, tx: Tx, query: { month?: string }) {
  const { audience, computation, months, month, indicators } = await assessAll(
    ctx,
    tx,
    query.month,
  );
  return {
    computation,
    month,
    months,
    suppressed: audience.suppressed,
    canDrillDown: audience.canDrillDown,
    indicators,
  };
}

export async function exceptions(ctx: AuthenticatedContext, tx: Tx, query: { month?: string }) {
  const { audience, computation, month, indicators } = await assessAll(ctx, tx, query.month);
  const periodEnd = month === null ? null : endOfMonth(month);
  const notes = periodEnd ? await commentaryForMonth(tx, periodEnd) : new Map();
  return {
    computation,
    month,
    suppressed: audience.suppressed,
    exceptions: indicators
      .filter((i) => i.exceptionReasons.length > 0)
      .map((indicator) => ({ indicator, commentary: notes.get(indicator.id) ?? null })),
  };
}
