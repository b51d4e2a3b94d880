/**
 * The children behind a figure. The indicator is recomputed for the period from the
 * current records (so the list is exactly the keys behind the number), then cut to the
 * children this user may read; the rest are counted, not listed. The read is audited with
 * every child shown, like any other child-level read.
 */
import { sql } from "drizzle-orm";
import { monthContaining, rolling12Months, yearToDate } from "../../calendar/periods.ts";
import { englandAndWalesCalendar } from "../../calendar/working-days.ts";
import { visibleChildren } from "../../cases/access-repo.ts";
import { audit } from "../../platform/audit/service.ts";
import type { Tx } from "../../platform/db/database.ts";
import type { AuthenticatedContext } from "../../platform/http/context.ts";
import { loadCaseData } from "../case-data-repo.ts";
import { computeIndicator } from "../indicators/compute.ts";
import { childOfKey } from "../series/child-of-key.ts";
import type { Series } from "../series/series-periods.ts";
import { definitionOr404 } from "./figures.ts";

const periodFor = (series: Series, periodEnd: string) =>
  series === "month"
    ? monthContaining(periodEnd)
    : series === "ytd"
      ? yearToDate(periodEnd)
      : rolling12Months(periodEnd);

/** "referral:PB000123:2012-03-02" reads as "referral 2012-03-02". */
function describeKey(key: string, laChildId: string): string {
  const [type = ""] = key.split(":", 1);
  const rest = key.slice(type.length + 1 + laChildId.length + 1);
  return `${type.replaceAll("_", " ")}${rest ? ` ${rest.replaceAll(":", " ")}` : ""}`;
}

export async function drillDown(
  ctx: AuthenticatedContext,
  tx: Tx,
  id: string,
  query: { series: Series; periodEnd: string; part: "numerator" | "denominator" },
) {
  const definition = definitionOr404(id);
  const period = periodFor(query.series, query.periodEnd);
  const result = computeIndicator(
    definition.id,
    await loadCaseData(tx),
    period,
    englandAndWalesCalendar(),
  );
  const keys =
    query.part === "numerator" || definition.kind === "count"
      ? result.numeratorKeys
      : result.denominatorKeys;
  const byChild = new Map<string, string[]>();
  for (const key of keys) {
    const child = childOfKey(key);
    if (child === null) continue;
    byChild.set(child, [...(byChild.get(child) ?? []), key]);
  }
  const ids = [...byChild.keys()];
  const visible = await tx.execute(sql`
    SELECT c.id, c.la_child_id AS "laChildId",
      (SELECT t.name FROM allocations a JOIN teams t ON t.id = a.team_id
       WHERE a.child_id = c.id ORDER BY a.start_date DESC LIMIT 1) AS "teamName"
    FROM children c
    WHERE c.la_child_id IN (SELECT json_array_elements_text(${JSON.stringify(ids)}::json))
      AND ${visibleChildren(ctx.user, ctx.now)}
    ORDER BY c.la_child_id`);
  const children = visible.rows as { id: number; laChildId: string; teamName: string | null }[];
  const rows = children.flatMap((c) =>
    (byChild.get(c.laChildId) ?? []).map((key) => ({
      key,
      record: describeKey(key, c.laChildId),
      childId: c.id,
      laChildId: c.laChildId,
      teamName: c.teamName,
    })),
  );
  await audit(ctx, tx, {
    action: "indicator.drill_down",
    childIds: children.map((c) => c.id),
    details: {
      indicatorId: definition.id,
      ...query,
      period,
      shown: rows.length,
      total: keys.length,
    },
  });
  return {
    indicatorId: definition.id,
    periodStart: period.from,
    periodEnd: period.to,
    part: definition.kind === "count" ? ("numerator" as const) : query.part,
    total: keys.length,
    hidden: keys.length - rows.length,
    rows,
  };
}
