/**
 * Reads the merged ("current") case records the indicator engine computes from. The
 * engine is pure; this is its only SQL. Performance reads cases and never writes them.
 */
import { sql } from "drizzle-orm";
import type { CaseRecordType } from "../cases/model.ts";
import { RECORD_TABLES } from "../cases/record-tables.ts";
import type { Tx } from "../platform/db/database.ts";
import type { CaseData } from "./indicators/index.ts";

async function readCurrent<T>(tx: Tx, type: CaseRecordType): Promise<T[]> {
  const spec = RECORD_TABLES[type];
  // Dates come back as ISO strings (see database.ts); numeric as strings, so cast those.
  const columns = spec.columns
    .map((c) =>
      c.type === "numeric"
        ? `"${c.column}"::float8 AS "${c.field}"`
        : `"${c.column}" AS "${c.field}"`,
    )
    .join(", ");
  // Ordered by slot so that, where the engine keeps "the later copy", later files come later.
  const result = await tx.execute(
    sql.raw(`SELECT ${columns} FROM "${spec.view}" ORDER BY reference_date, file_name`),
  );
  return result.rows as T[];
}

/**
 * Every record type an indicator reads. The child population estimate
 * (CaseData.population) is not a case record and no table holds it yet, so it is left
 * out here and referral_rate_10k reports "no data" until one does.
 */
export async function loadCaseData(tx: Tx): Promise<CaseData> {
  return {
    children: await readCurrent(tx, "child"),
    referrals: await readCurrent(tx, "referral"),
    assessments: await readCurrent(tx, "assessment"),
    section47s: await readCurrent(tx, "section47"),
    cpPlans: await readCurrent(tx, "cp_plan"),
    lacEpisodes: await readCurrent(tx, "lac_episode"),
    lacReviews: await readCurrent(tx, "lac_review"),
    visits: await readCurrent(tx, "visit"),
    healthChecks: await readCurrent(tx, "health_check"),
    careLeavers: await readCurrent(tx, "care_leaver"),
  };
}
