/**
 * Opens Waymark's database: the embedded PGlite (default) or a PostgreSQL server
 * (`DATABASE_URL`). Both are reached through `pg`, so the rest of the code has one SQL
 * dialect and one driver. Migrations are applied on open.
 */
import { fileURLToPath } from "node:url";
import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import { startEmbeddedDatabase } from "./embedded.ts";

export type Db = NodePgDatabase<Record<string, never>>;
/**
 * What repositories query through: a transaction, or the pool for single statements.
 * Pass the transaction down; querying the outer handle inside a transaction deadlocks PGlite.
 */
export type Tx = Pick<Db, "execute" | "select" | "insert" | "update" | "delete">;

export interface Database {
  kind: "embedded" | "server";
  db: Db;
  pool: pg.Pool;
  /** the embedded database's lock holder records the URL so a second process can say where Waymark runs. */
  announceUrl(url: string): void;
  close(): Promise<void>;
}

export const MIGRATIONS_FOLDER = fileURLToPath(new URL("../../../migrations", import.meta.url));

// Dates stay ISO strings (no time-zone shifts); bigint counts come back as numbers when small.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => {
  const n = Number(value);
  return Number.isSafeInteger(n) ? n : value;
});

export interface OpenOptions {
  databaseUrl: string | null;
  dataDir: string | null;
  purpose: string;
  migrate?: boolean;
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 20 });
    const database: Database = {
      kind: "server",
      db: drizzle(pool),
      pool,
      announceUrl: () => {},
      close: () => pool.end(),
    };
    if (options.migrate !== false) await runMigrations(database);
    return database;
  }
  const embedded = await startEmbeddedDatabase(options.dataDir, options.purpose);
  const pool = new pg.Pool({ connectionString: embedded.connectionString, max: embedded.poolSize });
  const database: Database = {
    kind: "embedded",
    db: drizzle(pool),
    pool,
    announceUrl: (url) => embedded.setUrl(url),
    close: async () => {
      await pool.end();
      await embedded.stop();
    },
  };
  try {
    if (options.migrate !== false) await runMigrations(database);
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}

export async function runMigrations(database: Database): Promise<void> {
  await migrate(database.db, { migrationsFolder: MIGRATIONS_FOLDER });
}
