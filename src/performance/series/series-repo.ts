/**
 * Storage of computed series: one `indicator_computations` row per recomputation and its
 * values, bulk-inserted as JSON record sets (one statement per 5,000 rows, not one per row).
 */
import { sql } from "drizzle-orm";
import type { AllocationRecord } from "../../cases/model.ts";
import type { Tx } from "../../platform/db/database.ts";
import type { SeriesValue } from "./compute-series.ts";
import type { Series } from "./series-periods.ts";

const BATCH = 5000;

export interface ComputationRow {
  id: number;
  computedAt: string;
  trigger: string;
  importRunIds: number[];
  definitionVersions: Record<string, number>;
  firstMonth: string | null;
  lastMonth: string | null;
  durationMs: number;
}

export interface StoredValue {
  indicatorId: string;
  definitionVersion: number;
  series: Series;
  periodStart: string;
  periodEnd: string;
  teamName: string;
  numerator: number;
  denominator: number | null;
  value: number | null;
  excludedCount: number;
}

export async function loadAllocations(tx: Tx): Promise<AllocationRecord[]> {
  const result = await tx.execute(sql`
    SELECT la_child_id AS "laChildId", team_name AS "teamName", staff_id AS "staffId",
           start_date AS "startDate", end_date AS "endDate"
    FROM current_allocations`);
  return result.rows as unknown as AllocationRecord[];
}

/** Completed loads whose records are current: what a computation is based on. */
export async function loadedRuns(tx: Tx): Promise<{
  ids: number[];
  earliestReferenceDate: string | null;
  latestReferenceDate: string | null;
}> {
  const result = await tx.execute(sql`
    SELECT coalesce(array_agg(id ORDER BY id), '{}') AS ids,
           -- the earliest extract that carries referrals dates the series (a workforce census does not)
           min(reference_date) FILTER (WHERE (counts->>'referral')::int > 0) AS earliest,
           max(reference_date) AS latest
    FROM import_runs WHERE status = 'loaded'`);
  const row = result.rows[0] as { ids: number[]; earliest: string | null; latest: string | null };
  return { ids: row.ids, earliestReferenceDate: row.earliest, latestReferenceDate: row.latest };
}

export async function insertComputation(
  tx: Tx,
  c: Omit<ComputationRow, "id">,
  values: readonly SeriesValue[],
): Promise<number> {
  const inserted = await tx.execute(sql`
    INSERT INTO indicator_computations
      (computed_at, trigger, import_run_ids, definition_versions, first_month, last_month, duration_ms)
    VALUES (${c.computedAt}, ${c.trigger}, ${`{${c.importRunIds.join(",")}}`}::integer[],
            ${JSON.stringify(c.definitionVersions)}::jsonb, ${c.firstMonth}, ${c.lastMonth}, ${c.durationMs})
    RETURNING id`);
  const id = (inserted.rows[0] as { id: number }).id;
  for (let i = 0; i < values.length; i += BATCH) {
    const batch = values.slice(i, i + BATCH);
    await tx.execute(sql`
      INSERT INTO indicator_values (computation_id, indicator_id, definition_version, series,
        period_start, period_end, team_name, numerator, denominator, value, excluded_count)
      SELECT ${id}, "indicatorId", "definitionVersion", series, "periodStart", "periodEnd",
        "teamName", numerator, denominator, value, "excludedCount"
      FROM json_to_recordset(${JSON.stringify(batch)}::json) AS v("indicatorId" text,
        "definitionVersion" integer, series text, "periodStart" date, "periodEnd" date,
        "teamName" text, numerator integer, denominator integer, value numeric, "excludedCount" integer)`);
  }
  return id;
}

function toComputation(row: Record<string, unknown>): ComputationRow {
  return {
    id: row.id as number,
    computedAt: new Date(row.computed_at as string).toISOString(),
    trigger: row.trigger as string,
    importRunIds: row.import_run_ids as number[],
    definitionVersions: row.definition_versions as Record<string, number>,
    firstMonth: row.first_month as string | null,
    lastMonth: row.last_month as string | null,
    durationMs: row.duration_ms as number,
  };
}

export async function latestComputation(tx: Tx): Promise<ComputationRow | null> {
  const result = await tx.execute(
    sql`SELECT * FROM indicator_computations ORDER BY id DESC LIMIT 1`,
  );
  const row = result.rows[0];
  return row ? toComputation(row) : null;
}

export async function getComputation(tx: Tx, id: number): Promise<ComputationRow | null> {
  const result = await tx.execute(sql`SELECT * FROM indicator_computations WHERE id = ${id}`);
  const row = result.rows[0];
  return row ? toComputation(row) : null;
}

const VALUE_COLUMNS = sql`indicator_id AS "indicatorId", definition_version AS "definitionVersion",
  series, period_start AS "periodStart", period_end AS "periodEnd", team_name AS "teamName",
  numerator, denominator, value::float8 AS value, excluded_count AS "excludedCount"`;

/** A computation's values for the given series (whole council unless `teams`), by indicator and date. */
export async function readValues(
  tx: Tx,
  computationId: number,
  filter: { series: Series; indicatorId?: string; teams?: boolean },
): Promise<StoredValue[]> {
  const result = await tx.execute(sql`
    SELECT ${VALUE_COLUMNS} FROM indicator_values
    WHERE computation_id = ${computationId} AND series = ${filter.series}
      ${filter.indicatorId === undefined ? sql`` : sql`AND indicator_id = ${filter.indicatorId}`}
      ${filter.teams ? sql`AND team_name <> ''` : sql`AND team_name = ''`}
    ORDER BY indicator_id, period_end, team_name`);
  return result.rows as unknown as StoredValue[];
}
