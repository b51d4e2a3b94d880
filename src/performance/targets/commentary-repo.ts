/** Monthly commentary on an indicator: owner, narrative, corrective action, kept as history. */
import { sql } from "drizzle-orm";
import type { Tx } from "../../platform/db/database.ts";

export interface Commentary {
  id: number;
  indicatorId: string;
  periodEnd: string;
  owner: string;
  narrative: string;
  correctiveAction: string;
  recordedBy: string | null;
  recordedAt: string;
}

const COLUMNS = sql`c.id, c.indicator_id AS "indicatorId", c.period_end AS "periodEnd", c.owner,
  c.narrative, c.corrective_action AS "correctiveAction", u.display_name AS "recordedBy",
  c.recorded_at AS "recordedAt"`;

const present = (row: Record<string, unknown>): Commentary => ({
  ...(row as unknown as Commentary),
  recordedAt: new Date(row.recordedAt as string).toISOString(),
});

/** Every entry for an indicator, newest month first, and within a month newest first. */
export async function commentaryHistory(tx: Tx, indicatorId: string): Promise<Commentary[]> {
  const result = await tx.execute(sql`
    SELECT ${COLUMNS} FROM indicator_commentary c LEFT JOIN users u ON u.id = c.recorded_by
    WHERE c.indicator_id = ${indicatorId} ORDER BY c.period_end DESC, c.id DESC`);
  return result.rows.map(present);
}

/** The latest entry for each indicator for one month. */
export async function commentaryForMonth(
  tx: Tx,
  periodEnd: string,
): Promise<Map<string, Commentary>> {
  const result = await tx.execute(sql`
    SELECT DISTINCT ON (c.indicator_id) ${COLUMNS}
    FROM indicator_commentary c LEFT JOIN users u ON u.id = c.recorded_by
    WHERE c.period_end = ${periodEnd} ORDER BY c.indicator_id, c.id DESC`);
  return new Map(result.rows.map((row) => [row.indicatorId as string, present(row)]));
}

export async function insertCommentary(
  tx: Tx,
  entry: Omit<Commentary, "id" | "recordedBy" | "recordedAt">,
  by: { userId: number | null; at: Date },
): Promise<number> {
  const result = await tx.execute(sql`
    INSERT INTO indicator_commentary (indicator_id, period_end, owner, narrative, corrective_action,
      recorded_by, recorded_at)
    VALUES (${entry.indicatorId}, ${entry.periodEnd}, ${entry.owner}, ${entry.narrative},
      ${entry.correctiveAction}, ${by.userId}, ${by.at.toISOString()})
    RETURNING id`);
  return (result.rows[0] as { id: number }).id;
}
