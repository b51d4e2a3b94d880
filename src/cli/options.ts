import type { Command } from "commander";

/** A refusal the user can act on: printed as it is, exit code 2. */
export class CliRefusal extends Error {}

export function dataDirOption(program: Command): string {
  return (program.opts().dataDir as string | undefined) ?? process.env.WAYMARK_DATA_DIR ?? "./data";
}
