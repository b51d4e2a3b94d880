/**
 * `waymark backup FILE` and `waymark restore FILE` for the embedded database. For a
 * PostgreSQL server use pg_dump/pg_restore (docs/operations.md).
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Command } from "commander";
import {
  BackupRefused,
  restoreBackup,
  verifyBackup,
  writeBackup,
} from "../platform/backup/logical-backup.ts";
import { openDatabase } from "../platform/db/database.ts";
import { CliRefusal, dataDirOption } from "./options.ts";

function refuseServerMode(): void {
  if (process.env.DATABASE_URL) {
    throw new CliRefusal(
      "backup and restore are for the embedded database. For a PostgreSQL server use pg_dump and pg_restore (see docs/operations.md).",
    );
  }
}

export function registerBackupCommands(program: Command): void {
  program
    .command("backup")
    .argument("<file>", "where to write the backup (.jsonl.gz); must not exist")
    .description("write a checksummed logical backup of the embedded database")
    .action(async (file: string) => {
      refuseServerMode();
      if (existsSync(file)) throw new CliRefusal(`${file} already exists; choose a new file name.`);
      const database = await openDatabase({
        databaseUrl: null,
        dataDir: dataDirOption(program),
        purpose: "waymark backup",
      });
      try {
        await writeBackup(database.pool, file, new Date());
      } finally {
        await database.close();
      }
      const summary = await verifyBackup(file);
      console.log(`Backup written to ${file}: ${summary.rows} rows, checksum verified.`);
    });

  program
    .command("restore")
    .argument("<file>", "a backup written by `waymark backup`")
    .description("restore a backup into a new, empty embedded data directory")
    .action(async (file: string) => {
      refuseServerMode();
      const dataDir = dataDirOption(program);
      if (existsSync(join(dataDir, "pgdata")) && readdirSync(join(dataDir, "pgdata")).length > 0) {
        throw new CliRefusal(
          `${dataDir} already holds a database. Restore into a new directory with --data-dir, or move this one aside first.`,
        );
      }
      try {
        await verifyBackup(file);
      } catch (error) {
        if (error instanceof BackupRefused) throw new CliRefusal(error.message);
        throw error;
      }
      const database = await openDatabase({
        databaseUrl: null,
        dataDir,
        purpose: "waymark restore",
      });
      try {
        const { rows } = await restoreBackup(database.pool, file);
        console.log(`Restored ${rows} rows from ${file} into ${dataDir}.`);
      } catch (error) {
        if (error instanceof BackupRefused) throw new CliRefusal(error.message);
        throw error;
      } finally {
        await database.close();
      }
    });
}
