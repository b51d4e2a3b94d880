/**
 * The `waymark` command: one entry, one file per command. Exit codes: 0 done, 1 internal
 * error, 2 refused (bad input or a locked data directory), with the reason in words.
 */
import { Command } from "commander";
import { DataDirLockedError } from "../platform/db/lock.ts";
import { registerBackupCommands } from "./backup.ts";
import { registerBenchmarksCommand } from "./benchmarks.ts";
import { registerBoardPackCommand } from "./board-pack.ts";
import { registerDemoCommand } from "./demo.ts";
import { registerImportCommands } from "./import.ts";
import { registerIndicatorsCommand } from "./indicators.ts";
import { CliRefusal } from "./options.ts";
import { registerStartCommand } from "./start.ts";

export async function main(argv: string[]): Promise<void> {
  const program = new Command()
    .name("waymark")
    .description("Waymark: run and prove a children's services Improvement Notice")
    .option("--data-dir <dir>", "embedded database directory (default ./data, or WAYMARK_DATA_DIR)")
    .showHelpAfterError();
  registerStartCommand(program);
  registerBackupCommands(program);
  registerImportCommands(program);
  registerDemoCommand(program);
  registerIndicatorsCommand(program);
  registerBenchmarksCommand(program);
  registerBoardPackCommand(program);
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof DataDirLockedError || error instanceof CliRefusal) {
      console.error(error.message);
      process.exitCode = 2;
      return;
    }
    console.error(`waymark: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
