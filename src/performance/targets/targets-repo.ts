/**
 * Targets, change points and commentary: each change is a new row, so the full history of
 * what the Board agreed (and what officers said each month) is kept and can be shown.
 */
import { sql } from "drizzle-orm";
import type { Tx } from "../../platform/db/database.ts";
import type { IndicatorId } from "../indicators/definitions.ts";
import type { Target, TargetStep } from "../rules/targets.ts";

export interface TargetRecord extends Target {
  id: number;
  agreedBy: string;
  agreedAt: string;
  agreedOn: string;
  changeReason: string | null;
  recordedBy: string | null;
  recordedAt: string;
}

export interface NewTarget extends Target {
  agreedBy: string;
  agreedAt: string;
  agreedOn: string;
  changeReason: string | null;
}

const TARGET_COLUMNS = sql`t.id, t.indicator_id AS "indicatorId", t.steps, t.tolerance_kind AS "toleranceKind",
  t.tolerance_amount::float8 AS "toleranceAmount", t.target_date AS "targetDate", t.agreed_by AS "agreedBy",
  t.agreed_at AS "agreedAt", t.agreed_on AS "agreedOn", t.change_reason AS "changeReason",
  u.display_name AS "recordedBy", t.recorded_at AS "recordedAt"`;

function toTarget(row: Record<string, unknown>): TargetRecord {
  return {
    id: row.id as number,
    indicatorId: row.indicatorId as IndicatorId,
    steps: row.steps as TargetStep[],
    tolerance: {
      kind: row.toleranceKind as "points" | "percent",
      amount: row.toleranceAmount as number,
    },
    targetDate: row.targetDate as string,
    agreedBy: row.agreedBy as string,
    agreedAt: row.agreedAt as string,
    agreedOn: row.agreedOn as string,
    changeReason: row.changeReason as string | null,
    recordedBy: row.recordedBy as string | null,
    recordedAt: new Date(row.recordedAt as string).toISOString(),
  };
}

/** The target in force for each indicator: its latest recorded version. */
export async function currentTargets(tx: Tx): Promise<Map<string, TargetRecord>> {
  const result = await tx.execute(sql`
    SELECT DISTINCT ON (t.indicator_id) ${TARGET_COLUMNS}
    FROM indicator_targets t LEFT JOIN users u ON u.id = t.recorded_by
    ORDER BY t.indicator_id, t.id DESC`);
  return new Map(result.rows.map((row) => [row.indicatorId as string, toTarget(row)]));
}

/** Every version of an indicator's target, newest first. */
export async function targetHistory(tx: Tx, indicatorId: string): Promise<TargetRecord[]> {
  const result = await tx.execute(sql`
    SELECT ${TARGET_COLUMNS} FROM indicator_targets t LEFT JOIN users u ON u.id = t.recorded_by
    WHERE t.indicator_id = ${indicatorId} ORDER BY t.id DESC`);
  return result.rows.map(toTarget);
}

export async function insertTarget(
  tx: Tx,
  target: NewTarget,
  by: { userId: number | null; at: Date },
): Promise<number> {
  const result = await tx.execute(sql`
    INSERT INTO indicator_targets (indicator_id, steps, tolerance_kind, tolerance_amount, target_date,
      agreed_by, agreed_at, agreed_on, change_reason, recorded_by, recorded_at)
    VALUES (${target.indicatorId}, ${JSON.stringify(target.steps)}::jsonb, ${target.tolerance.kind},
      ${target.tolerance.amount}, ${target.targetDate}, ${target.agreedBy}, ${target.agreedAt},
      ${target.agreedOn}, ${target.changeReason}, ${by.userId}, ${by.at.toISOString()})
    RETURNING id`);
  return (result.rows[0] as { id: number }).id;
}

export interface ChangePoint {
  id: number;
  indicatorId: string | null;
  fromMonth: string;
  label: string;
}

export async function listChangePoints(tx: Tx): Promise<ChangePoint[]> {
  const result = await tx.execute(sql`
    SELECT id, indicator_id AS "indicatorId", from_month AS "fromMonth", label
    FROM spc_change_points ORDER BY from_month, id`);
  return result.rows as unknown as ChangePoint[];
}

export async function insertChangePoint(
  tx: Tx,
  point: Omit<ChangePoint, "id">,
  by: { userId: number | null; at: Date },
): Promise<number> {
  const result = await tx.execute(sql`
    INSERT INTO spc_change_points (indicator_id, from_month, label, recorded_by, recorded_at)
    VALUES (${point.indicatorId}, ${point.fromMonth}, ${point.label}, ${by.userId}, ${by.at.toISOString()})
    RETURNING id`);
  return (result.rows[0] as { id: number }).id;
}

/** The change points that rebase an indicator's limits: its own and the council-wide ones. */
export function changePointsFor(points: readonly ChangePoint[], indicatorId: string): string[] {
  return [
    ...new Set(
      points
        .filter((p) => p.indicatorId === null || p.indicatorId === indicatorId)
        .map((p) => p.fromMonth),
    ),
  ].sort();
}
