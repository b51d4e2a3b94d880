/**
 * `waymark indicators --from YYYY-MM-DD --to YYYY-MM-DD [--json]`: every indicator in the
 * specification for one period, computed from the merged case records.
 */
import type { Command } from "commander";
import { tryParseIsoDate } from "../calendar/index.ts";
import { loadCaseData } from "../performance/case-data-repo.ts";
import { computeAll, INDICATORS } from "../performance/indicators/index.ts";
import { openDatabase } from "../platform/db/database.ts";
import { CliRefusal, dataDirOption } from "./options.ts";

export function registerIndicatorsCommand(program: Command): void {
  program
    .command("indicators")
    .requiredOption("--from <date>", "first day of the period (YYYY-MM-DD)")
    .requiredOption("--to <date>", "last day of the period (YYYY-MM-DD)")
    .option("--json", "print a JSON array of {id, numerator, denominator, value}")
    .description("compute every indicator for a period")
    .action(async (options: { from: string; to: string; json?: boolean }) => {
      for (const [name, value] of [
        ["--from", options.from],
        ["--to", options.to],
      ] as const) {
        if (!tryParseIsoDate(value))
          throw new CliRefusal(`${name} must be a real date written YYYY-MM-DD, not "${value}".`);
      }
      if (options.from > options.to) throw new CliRefusal("--from must not be after --to.");
      const database = await openDatabase({
        databaseUrl: process.env.DATABASE_URL || null,
        dataDir: dataDirOption(program),
        purpose: "waymark indicators",
      });
      try {
        const data = await loadCaseData(database.db);
        const results = computeAll(data, { from: options.from, to: options.to });
        const rows = results.map((r) => ({
          id: r.id,
          numerator: r.numerator,
          denominator: r.denominator,
          value: r.value,
        }));
        if (options.json) {
          console.log(JSON.stringify(rows, null, 2));
          return;
        }
        console.log(`Indicators for ${options.from} to ${options.to}\n`);
        console.log(
          `${"indicator".padEnd(30)} ${"value".padStart(8)} ${"numerator".padStart(10)} ${"denominator".padStart(12)}  excluded`,
        );
        for (const result of results) {
          const definition = INDICATORS.find((d) => d.id === result.id);
          const value =
            result.value === null
              ? "no data"
              : definition?.kind === "percent"
                ? `${result.value.toFixed(1)}%`
                : String(result.value);
          console.log(
            `${result.id.padEnd(30)} ${value.padStart(8)} ${String(result.numerator).padStart(10)} ${String(result.denominator ?? "-").padStart(12)}  ${result.excluded.length || ""}`,
          );
        }
      } finally {
        await database.close();
      }
    });
}
