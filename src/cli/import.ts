/**
 * `waymark import FILE...`: load extracts all-or-nothing, each file on its own. Exit 0 when
 * every file loaded (or was already loaded), 2 when any was rejected (its problems are
 * printed), 1 on an internal error. `waymark imports [--json]` lists the runs.
 */
import { stat } from "node:fs/promises";
import type { Command } from "commander";
import { type ImportResult, importFile } from "../cases/ingest/import-file.ts";
import { failAbandonedRuns, listRuns } from "../cases/ingest/import-repo.ts";
import { recomputeIndicators } from "../performance/series/recompute.ts";
import { openDatabase } from "../platform/db/database.ts";
import { systemContext } from "../platform/http/context.ts";
import { CliRefusal, dataDirOption } from "./options.ts";

const MAX_PROBLEMS_PRINTED = 50;

function printResult(result: ImportResult): void {
  const counts = Object.entries(result.counts)
    .map(([type, n]) => `${n} ${type}`)
    .join(", ");
  console.log(
    `${result.fileName}: ${result.status.toUpperCase()} (run ${result.runId}) ${result.message}${counts ? ` [${counts}]` : ""}`,
  );
  const shown =
    result.status === "rejected"
      ? result.problems
      : result.problems.filter((p) => p.severity === "error");
  for (const problem of shown.slice(0, MAX_PROBLEMS_PRINTED)) {
    const where =
      problem.row !== null
        ? `row ${problem.row}`
        : problem.line !== null
          ? `line ${problem.line}`
          : "file";
    console.log(
      `  ${problem.severity.padEnd(7)} ${where}${problem.column ? `, ${problem.column}` : ""}: [${problem.rule}] ${problem.message}`,
    );
  }
  if (shown.length > MAX_PROBLEMS_PRINTED)
    console.log(
      `  ... and ${shown.length - MAX_PROBLEMS_PRINTED} more (see the import report in the web)`,
    );
}

async function withDatabase<T>(
  program: Command,
  purpose: string,
  work: (database: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>,
): Promise<T> {
  const database = await openDatabase({
    databaseUrl: process.env.DATABASE_URL || null,
    dataDir: dataDirOption(program),
    purpose,
  });
  try {
    // With the embedded database this process holds the lock, so a run still "running" was cut off (kill -9, power cut).
    if (database.kind === "embedded") await failAbandonedRuns(database.db, new Date());
    return await work(database);
  } finally {
    await database.close();
  }
}

export function registerImportCommands(program: Command): void {
  program
    .command("import")
    .argument("<files...>", "extract files: CIN census XML, SSDA903 XML or CSV tables")
    .option(
      "--collection-year <year>",
      "SSDA903 collection year, by the 31 March it ends (2012 = 2011-12)",
      (v) => Number(v),
    )
    .description("load case-system extracts, each all-or-nothing")
    .action(async (files: string[], options: { collectionYear?: number }) => {
      if (
        options.collectionYear !== undefined &&
        !(options.collectionYear >= 2000 && options.collectionYear <= 2100)
      ) {
        throw new CliRefusal("--collection-year must be a year such as 2012.");
      }
      for (const file of files) {
        const info = await stat(file).catch(() => null);
        if (!info?.isFile()) throw new CliRefusal(`${file} is not a readable file.`);
      }
      const results = await withDatabase(program, "waymark import", async (database) => {
        const out: ImportResult[] = [];
        for (const file of files) {
          let lastShown = 0;
          const result = await importFile(systemContext(new Date(), "cli import"), database, file, {
            ...(options.collectionYear !== undefined
              ? { collectionYear: options.collectionYear }
              : {}),
            onProgress: (read, total) => {
              // A progress line for long files, at most every 5%.
              if (total > 1_000_000 && read - lastShown > total / 20) {
                lastShown = read;
                process.stderr.write(`  ${file}: read ${Math.round((100 * read) / total)}%\n`);
              }
            },
          });
          printResult(result);
          out.push(result);
        }
        const loaded = out.filter((r) => r.status === "loaded").map((r) => r.runId);
        if (loaded.length > 0) {
          const computed = await recomputeIndicators(database, {
            trigger: `import ${loaded.join(", ")}`,
            now: new Date(),
          });
          console.log(
            `Indicators recomputed: ${computed.months} months, ${computed.values} values in ${computed.durationMs} ms.`,
          );
        }
        return out;
      });
      if (results.some((r) => r.status === "rejected")) process.exitCode = 2;
    });

  program
    .command("imports")
    .option("--json", "print the runs as JSON")
    .description("list import runs, newest first")
    .action(async (options: { json?: boolean }) => {
      const rows = await withDatabase(program, "waymark imports", (database) =>
        listRuns(database.db, 1000),
      );
      if (options.json) {
        console.log(JSON.stringify(rows, null, 2));
        return;
      }
      for (const run of rows) {
        console.log(
          `${String(run.id).padStart(5)}  ${run.startedAt}  ${run.status.padEnd(9)} ${run.fileName}  ${run.sourceKey ?? ""}  errors ${run.errorCount}, warnings ${run.warningCount}`,
        );
      }
    });
}
