/**
 * `waymark benchmarks FILE...`: load published benchmark figures or a statistical-neighbour
 * list (CSV, see docs/indicators.md). Each file loads whole or not at all; a rejected file
 * prints every problem with its line and column and the command exits 2.
 */
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import type { Command } from "commander";
import { loadBenchmarks } from "../performance/benchmarks/load-benchmarks.ts";
import { openDatabase } from "../platform/db/database.ts";
import { systemContext } from "../platform/http/context.ts";
import { CliRefusal, dataDirOption } from "./options.ts";

export function registerBenchmarksCommand(program: Command): void {
  program
    .command("benchmarks")
    .argument("<files...>", "published-values or statistical-neighbours CSV files")
    .description("load published benchmark figures (kept as a new version, never overwritten)")
    .action(async (files: string[]) => {
      const texts: { name: string; text: string }[] = [];
      for (const file of files) {
        const text = await readFile(file, "utf8").catch(() => null);
        if (text === null) throw new CliRefusal(`${file} is not a readable file.`);
        texts.push({ name: basename(file), text });
      }
      const database = await openDatabase({
        databaseUrl: process.env.DATABASE_URL || null,
        dataDir: dataDirOption(program),
        purpose: "waymark benchmarks",
      });
      try {
        for (const file of texts) {
          const result = await database.db.transaction((tx) =>
            loadBenchmarks(systemContext(new Date(), "cli benchmarks"), tx, file),
          );
          if (result.status === "rejected") {
            process.exitCode = 2;
            console.log(`${file.name}: REJECTED, nothing loaded`);
            for (const e of result.errors.slice(0, 50)) {
              console.log(
                `  ${e.line === null ? "file" : `line ${e.line}`}${e.column ? `, ${e.column}` : ""}: [${e.code}] ${e.message}`,
              );
            }
          } else if (result.status === "unchanged") {
            console.log(
              `${file.name}: UNCHANGED, the same content is already loaded (set ${result.setId})`,
            );
          } else {
            console.log(
              `${file.name}: LOADED ${result.rows} ${result.kind.replace("_", " ")} as set ${result.setId}`,
            );
          }
        }
      } finally {
        await database.close();
      }
    });
}
