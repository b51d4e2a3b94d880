/**
 * `waymark demo [--seed N] [--scale N] [--out DIR]`: writes the fictional demo council as
 * real extract files and loads them through the import path (the same one uploads use).
 */
import type { Command } from "commander";
import { demoExtractDir, loadDemoCouncil } from "../demo/load-demo-council.ts";
import { databaseIsEmpty, seedDemoPeople } from "../demo/seed-people.ts";
import { openDatabase } from "../platform/db/database.ts";
import { CliRefusal, dataDirOption } from "./options.ts";

export function registerDemoCommand(program: Command): void {
  program
    .command("demo")
    .option(
      "--seed <n>",
      "random seed (the same seed builds the same council)",
      (v) => Number(v),
      2012,
    )
    .option(
      "--scale <n>",
      "councils' worth of data (about 3,000 referrals a year each)",
      (v) => Number(v),
      1,
    )
    .option("--out <dir>", "where to write the extract files")
    .description("write the demo council's extracts and import them")
    .action(async (options: { seed: number; scale: number; out?: string }) => {
      if (!Number.isInteger(options.seed)) throw new CliRefusal("--seed must be a whole number.");
      if (!(options.scale > 0 && options.scale <= 100))
        throw new CliRefusal("--scale must be a number above 0 and at most 100.");
      const dataDir = dataDirOption(program);
      const database = await openDatabase({
        databaseUrl: process.env.DATABASE_URL || null,
        dataDir,
        purpose: "waymark demo",
      });
      try {
        if (await databaseIsEmpty(database.db)) {
          await database.db.transaction((tx) =>
            seedDemoPeople(tx, {
              seed: options.seed,
              children: 0,
              today: new Date().toISOString().slice(0, 10),
            }),
          );
        }
        const result = await loadDemoCouncil(database, {
          seed: options.seed,
          scale: options.scale,
          outDir: options.out ?? demoExtractDir(database.kind === "embedded" ? dataDir : "."),
          log: (line) => console.log(line),
        });
        if (result.rejected.length > 0) {
          console.log(`Rejected:\n  ${result.rejected.join("\n  ")}`);
          process.exitCode = 2;
        }
      } finally {
        await database.close();
      }
    });
}
