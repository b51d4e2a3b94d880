/**
 * Published benchmarks, versioned: every load is a new set and nothing is overwritten, so
 * a figure DfE later revised is still there with its source. Reads take, for each
 * (indicator, year, area), the value from the latest set that has it.
 */
import { sql } from "drizzle-orm";
import type { Tx } from "../../platform/db/database.ts";
import type { NeighbourRow, PublishedValue } from "../rules/benchmarks.ts";

export interface NewSet {
  kind: "published_values" | "statistical_neighbours";
  fileName: string;
  sha256: string;
  rowCount: number;
  userId: number | null;
  at: Date;
}

export async function findSetByHash(tx: Tx, sha256: string): Promise<number | null> {
  const result = await tx.execute(
    sql`SELECT id FROM benchmark_sets WHERE content_sha256 = ${sha256} ORDER BY id DESC LIMIT 1`,
  );
  return (result.rows[0] as { id: number } | undefined)?.id ?? null;
}

async function insertSet(tx: Tx, set: NewSet): Promise<number> {
  const result = await tx.execute(sql`
    INSERT INTO benchmark_sets (kind, file_name, content_sha256, row_count, loaded_by, loaded_at)
    VALUES (${set.kind}, ${set.fileName}, ${set.sha256}, ${set.rowCount}, ${set.userId}, ${set.at.toISOString()})
    RETURNING id`);
  return (result.rows[0] as { id: number }).id;
}

export async function insertPublishedValues(
  tx: Tx,
  set: NewSet,
  rows: readonly PublishedValue[],
): Promise<number> {
  const id = await insertSet(tx, set);
  await tx.execute(sql`
    INSERT INTO benchmark_values (set_id, indicator_id, year, area_code, area_name, value, marker, source)
    SELECT ${id}, "indicatorId", year, "areaCode", "areaName", value, marker, source
    FROM json_to_recordset(${JSON.stringify(rows)}::json) AS v("indicatorId" text, year text,
      "areaCode" text, "areaName" text, value numeric, marker text, source text)`);
  return id;
}

export async function insertNeighbours(
  tx: Tx,
  set: NewSet,
  rows: readonly NeighbourRow[],
): Promise<number> {
  const id = await insertSet(tx, set);
  await tx.execute(sql`
    INSERT INTO benchmark_neighbours (set_id, la_code, la_name, neighbour_code, neighbour_name, closeness, list_version)
    SELECT ${id}, "laCode", "laName", "neighbourCode", "neighbourName", closeness, "listVersion"
    FROM json_to_recordset(${JSON.stringify(rows)}::json) AS v("laCode" text, "laName" text,
      "neighbourCode" text, "neighbourName" text, closeness text, "listVersion" text)`);
  return id;
}

export interface StoredBenchmark {
  year: string;
  areaCode: string;
  areaName: string;
  value: number | null;
  source: string;
}

/** Each (year, area)'s value for an indicator from the latest set that published it. */
export async function latestValues(tx: Tx, indicatorId: string): Promise<StoredBenchmark[]> {
  const result = await tx.execute(sql`
    SELECT DISTINCT ON (year, area_code) year, area_code AS "areaCode", area_name AS "areaName",
           value::float8 AS value, source
    FROM benchmark_values WHERE indicator_id = ${indicatorId}
    ORDER BY year, area_code, set_id DESC, id DESC`);
  return result.rows as unknown as StoredBenchmark[];
}

/** The council's neighbours from the latest neighbour list loaded for it. */
export async function latestNeighbours(
  tx: Tx,
  laCode: string,
): Promise<{ listVersion: string | null; codes: string[] }> {
  const result = await tx.execute(sql`
    SELECT neighbour_code AS code, list_version AS "listVersion" FROM benchmark_neighbours
    WHERE set_id = (SELECT max(set_id) FROM benchmark_neighbours WHERE la_code = ${laCode})
      AND la_code = ${laCode}
    ORDER BY id`);
  const rows = result.rows as { code: string; listVersion: string }[];
  return { listVersion: rows[0]?.listVersion ?? null, codes: rows.map((r) => r.code) };
}
