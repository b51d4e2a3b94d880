/**
 * Logical backup of the embedded database: every table's rows as JSON lines, gzipped, with
 * a SHA-256 of the content in the last line so a damaged or edited file is refused before
 * anything is restored. Restore goes into a new, empty database only: it never overwrites
 * data (and the audit log could not be overwritten anyway).
 *
 * Format (one JSON value per line):
 *   {"format":"waymark-backup","version":1,"createdAt":...,"migrations":[hash...]}
 *   {"table":"users","columns":[...]}      then one {"row":{...}} line per row
 *   {"sha256":"<hex of all preceding lines>"}
 */
import { createHash } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { createInterface } from "node:readline";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
import type pg from "pg";

export const BACKUP_FORMAT = "waymark-backup";
const BATCH_ROWS = 2_000;

export class BackupRefused extends Error {}

async function tablesInDependencyOrder(client: pg.PoolClient): Promise<string[]> {
  const tables = (
    await client.query<{ name: string }>(
      "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name",
    )
  ).rows.map((row) => row.name);
  const deps = await client.query<{ child: string; parent: string }>(`
    SELECT tc.relname AS child, pc.relname AS parent FROM pg_constraint c
    JOIN pg_class tc ON tc.oid = c.conrelid JOIN pg_class pc ON pc.oid = c.confrelid
    JOIN pg_namespace n ON n.oid = tc.relnamespace
    WHERE c.contype = 'f' AND n.nspname = 'public' AND tc.relname <> pc.relname`);
  const ordered: string[] = [];
  const remaining = new Set(tables);
  while (remaining.size > 0) {
    const ready = [...remaining].filter(
      (table) => !deps.rows.some((d) => d.child === table && remaining.has(d.parent)),
    );
    if (ready.length === 0) throw new Error("Foreign keys form a cycle; cannot order the backup");
    for (const table of ready.sort()) {
      ordered.push(table);
      remaining.delete(table);
    }
  }
  return ordered;
}

async function appliedMigrations(client: pg.PoolClient): Promise<string[]> {
  const result = await client.query<{ hash: string }>(
    "SELECT hash FROM drizzle.__drizzle_migrations ORDER BY id",
  );
  return result.rows.map((row) => row.hash);
}

async function* backupLines(pool: pg.Pool, now: Date): AsyncGenerator<string> {
  const client = await pool.connect();
  const hash = createHash("sha256");
  const emit = (value: unknown) => {
    const line = `${JSON.stringify(value)}\n`;
    hash.update(line);
    return line;
  };
  try {
    // One snapshot for the whole dump: the tables agree with each other.
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    yield emit({
      format: BACKUP_FORMAT,
      version: 1,
      createdAt: now.toISOString(),
      migrations: await appliedMigrations(client),
    });
    for (const table of await tablesInDependencyOrder(client)) {
      const columns = (
        await client.query<{ name: string }>(
          "SELECT column_name AS name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position",
          [table],
        )
      ).rows.map((row) => row.name);
      yield emit({ table, columns });
      let offset = 0;
      for (;;) {
        const rows = await client.query<{ row: unknown }>(
          `SELECT row_to_json(t) AS row FROM ${quoteIdent(table)} t ORDER BY ctid LIMIT ${BATCH_ROWS} OFFSET ${offset}`,
        );
        for (const row of rows.rows) yield emit({ row: row.row });
        if (rows.rows.length < BATCH_ROWS) break;
        offset += BATCH_ROWS;
      }
    }
    await client.query("COMMIT");
    yield `${JSON.stringify({ sha256: hash.digest("hex") })}\n`;
  } finally {
    client.release();
  }
}

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

export async function writeBackup(pool: pg.Pool, file: string, now: Date): Promise<void> {
  await pipeline(
    Readable.from(backupLines(pool, now)),
    createGzip(),
    createWriteStream(file, { flags: "wx" }),
  );
}

async function* readLines(file: string): AsyncGenerator<string> {
  const gunzip = createReadStream(file).pipe(createGunzip());
  const lines = createInterface({ input: gunzip, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) if (line) yield line;
}

/** Reads the whole file once to check the checksum: nothing is restored from a damaged file. */
export async function verifyBackup(
  file: string,
): Promise<{ createdAt: string; migrations: string[]; rows: number }> {
  const hash = createHash("sha256");
  let header: { format?: string; createdAt?: string; migrations?: string[] } | null = null;
  let last: string | null = null;
  let rows = 0;
  try {
    for await (const line of readLines(file)) {
      if (last !== null) hash.update(`${last}\n`);
      if (header === null) header = JSON.parse(line);
      if (line.startsWith('{"row"')) rows++;
      last = line;
    }
  } catch (error) {
    throw new BackupRefused(
      `${file} is not a readable Waymark backup (${(error as Error).message}).`,
    );
  }
  if (!header || header.format !== BACKUP_FORMAT || !last)
    throw new BackupRefused(`${file} is not a Waymark backup.`);
  const trailer = JSON.parse(last) as { sha256?: string };
  if (trailer.sha256 !== hash.digest("hex")) {
    throw new BackupRefused(
      `${file} is damaged or was edited: its checksum does not match. Nothing was restored.`,
    );
  }
  return { createdAt: header.createdAt ?? "", migrations: header.migrations ?? [], rows };
}

export async function restoreBackup(pool: pg.Pool, file: string): Promise<{ rows: number }> {
  const summary = await verifyBackup(file);
  const client = await pool.connect();
  try {
    const current = await appliedMigrations(client);
    if (summary.migrations.some((hash, i) => current[i] !== hash)) {
      throw new BackupRefused(
        "This backup was made by a newer or different version of Waymark; upgrade Waymark before restoring it.",
      );
    }
    const existing = await client.query<{ n: number }>(
      "SELECT (SELECT count(*) FROM users)::int + (SELECT count(*) FROM audit_log)::int AS n",
    );
    if ((existing.rows[0]?.n ?? 0) > 0) {
      throw new BackupRefused(
        "The target database already holds data. Restore into a new, empty data directory.",
      );
    }
    await client.query("BEGIN");
    let table: string | null = null;
    let batch: unknown[] = [];
    let restored = 0;
    const flush = async () => {
      if (!table || batch.length === 0) return;
      await client.query(
        `INSERT INTO ${quoteIdent(table)} SELECT * FROM json_populate_recordset(NULL::${quoteIdent(table)}, $1::json)`,
        [JSON.stringify(batch)],
      );
      restored += batch.length;
      batch = [];
    };
    for await (const line of readLines(file)) {
      const value = JSON.parse(line) as { table?: string; row?: unknown };
      if (value.table) {
        await flush();
        table = value.table;
      } else if (value.row !== undefined) {
        batch.push(value.row);
        if (batch.length >= BATCH_ROWS) await flush();
      }
    }
    await flush();
    await resetSequences(client);
    await client.query("COMMIT");
    return { rows: restored };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

/** Serial columns continue after the restored ids. */
async function resetSequences(client: pg.PoolClient): Promise<void> {
  const serials = await client.query<{ table_name: string; column_name: string; seq: string }>(`
    SELECT table_name, column_name, pg_get_serial_sequence(quote_ident(table_name), column_name) AS seq
    FROM information_schema.columns WHERE table_schema = 'public' AND column_default LIKE 'nextval(%'`);
  for (const serial of serials.rows) {
    await client.query(
      `SELECT setval($1, COALESCE((SELECT max(${quoteIdent(serial.column_name)}) FROM ${quoteIdent(serial.table_name)}), 0) + 1, false)`,
      [serial.seq],
    );
  }
}
