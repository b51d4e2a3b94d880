/**
 * A RecordSink that writes parsed records into the versions tables in batches with one
 * `INSERT ... SELECT FROM unnest(...)` per type, never row by row. Rows go in under the
 * run's own provisional slot (`run:<id>`); the loader moves them into the real slot when
 * the whole file has passed. Within one file a later record with the same natural key
 * replaces the earlier one (the spec's "the later row wins").
 */
import { sql } from "drizzle-orm";
import type { Tx } from "../../platform/db/database.ts";
import type { CaseRecord, CaseRecordType } from "../model.ts";
import { naturalKeyOf, RECORD_TABLES, type RecordTableSpec } from "../record-tables.ts";
import type { RecordSink } from "./problems.ts";

const BATCH = 5_000;

export class RecordWriter implements RecordSink {
  readonly counts: Partial<Record<CaseRecordType, number>> = {};
  /** the latest event date seen: SSDA903 files carry no reference date of their own. */
  latestDate: string | null = null;
  /** the latest date of birth, for files (SSDA903 header) with no event dates at all. */
  latestBirthDate: string | null = null;
  private readonly pending = new Map<CaseRecordType, Map<string, CaseRecord>>();
  private readonly tx: Tx;
  private readonly runId: number;
  private readonly fileName: string;

  constructor(tx: Tx, runId: number, fileName: string) {
    this.tx = tx;
    this.runId = runId;
    this.fileName = fileName;
  }

  get provisionalSlot(): string {
    return `run:${this.runId}`;
  }

  async add(record: CaseRecord): Promise<void> {
    this.counts[record.type] = (this.counts[record.type] ?? 0) + 1;
    if (record.type === "health_check" && record.record.collectionYear === null) {
      // Filled in from the file's collection year when the run is swapped into its slot.
      record = { type: "health_check", record: { ...record.record, collectionYear: 0 } };
    }
    this.noteDates(record);
    let batch = this.pending.get(record.type);
    if (!batch) {
      batch = new Map();
      this.pending.set(record.type, batch);
    }
    const key = naturalKeyOf(record);
    batch.delete(key); // re-inserting keeps Map order = file order, so the later row is written last
    batch.set(key, record);
    if (batch.size >= BATCH) await this.flushType(record.type);
  }

  async flush(): Promise<void> {
    for (const type of this.pending.keys()) await this.flushType(type);
  }

  private noteDates(record: CaseRecord): void {
    const values = record.record as unknown as Record<string, unknown>;
    const birth = values.dateOfBirth;
    if (
      typeof birth === "string" &&
      (this.latestBirthDate === null || birth > this.latestBirthDate)
    )
      this.latestBirthDate = birth;
    for (const field of [
      "referralDate",
      "contactDate",
      "visitDate",
      "leaveDate",
      "startDate",
      "decom",
      "dec",
      "endDate",
      "reviewDate",
      "closureDate",
      "completionDate",
    ]) {
      const value = values[field];
      if (typeof value === "string" && (this.latestDate === null || value > this.latestDate))
        this.latestDate = value;
    }
  }

  private async flushType(type: CaseRecordType): Promise<void> {
    const batch = this.pending.get(type);
    if (!batch || batch.size === 0) return;
    const records = [...batch.values()];
    batch.clear();
    await insertBatch(
      this.tx,
      RECORD_TABLES[type],
      records,
      this.provisionalSlot,
      this.runId,
      this.fileName,
    );
  }
}

async function insertBatch(
  tx: Tx,
  spec: RecordTableSpec,
  records: CaseRecord[],
  slot: string,
  runId: number,
  fileName: string,
): Promise<void> {
  // One JSON parameter per batch: drizzle would expand a JS array into one parameter per element.
  const rows = records.map((record) => {
    const values = record.record as unknown as Record<string, unknown>;
    return Object.fromEntries(
      spec.columns.map((column, i) => [`c${i}`, values[column.field] ?? null]),
    );
  });
  const columnList = sql.raw(spec.columns.map((c) => `"${c.column}"`).join(", "));
  const selectList = sql.raw(spec.columns.map((_c, i) => `u.c${i}`).join(", "));
  const definitions = sql.raw(spec.columns.map((c, i) => `c${i} ${c.type}`).join(", "));
  const updates = sql.raw(
    spec.columns
      .filter((c) => !spec.key.includes(c.column))
      .map((c) => `"${c.column}" = EXCLUDED."${c.column}"`)
      .join(", ") || `"${spec.key[0]}" = EXCLUDED."${spec.key[0]}"`,
  );
  const conflict = sql.raw(["source_key", ...spec.key].map((k) => `"${k}"`).join(", "));
  await tx.execute(sql`
    INSERT INTO ${sql.raw(`"${spec.table}"`)} (source_key, reference_date, file_name, run_id, ${columnList})
    SELECT ${slot}, '1900-01-01'::date, ${fileName}, ${runId}, ${selectList}
    FROM json_to_recordset(${JSON.stringify(rows)}::json) AS u(${definitions})
    ON CONFLICT (${conflict}) DO UPDATE SET ${updates}`);
}

/**
 * Moves a run's rows from its provisional slot into the real one, replacing whatever an
 * earlier file put in that slot: the all-or-nothing swap, done in the caller's transaction.
 */
export async function swapIntoSlot(
  tx: Tx,
  runId: number,
  slot: string,
  referenceDate: string,
): Promise<void> {
  for (const spec of Object.values(RECORD_TABLES)) {
    const table = sql.raw(`"${spec.table}"`);
    await tx.execute(sql`DELETE FROM ${table} WHERE source_key = ${slot}`);
    await tx.execute(
      sql`UPDATE ${table} SET source_key = ${slot}, reference_date = ${referenceDate}::date WHERE source_key = ${`run:${runId}`}`,
    );
  }
  // OC2 rows carry no year: they belong to the collection year of the file.
  await tx.execute(sql`
    UPDATE health_check_versions SET collection_year = EXTRACT(YEAR FROM reference_date)::integer
    WHERE source_key = ${slot} AND collection_year = 0`);
}

/** Children are the identity that access control and allocations hang off: keep them in step. */
export async function refreshChildren(tx: Tx): Promise<void> {
  await tx.execute(sql`
    INSERT INTO children (la_child_id, upn, date_of_birth, sex, ethnicity, disabilities)
    SELECT la_child_id, upn, date_of_birth, sex, ethnicity,
           ARRAY(SELECT jsonb_array_elements_text(COALESCE(disabilities, '[]'::jsonb)))
    FROM current_children
    ON CONFLICT (la_child_id) DO UPDATE SET upn = EXCLUDED.upn, date_of_birth = EXCLUDED.date_of_birth,
      sex = EXCLUDED.sex, ethnicity = EXCLUDED.ethnicity, disabilities = EXCLUDED.disabilities`);
}
