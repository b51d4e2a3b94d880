/**
 * `waymark board-pack --meeting ID|YYYY-MM-DD --audience board|members --out FILE.pdf
 * [--html FILE.html]`: generates a pack for a meeting exactly as the web does (locked
 * snapshot, audited) and writes the PDF, and the HTML if asked. The command line acts as
 * the independent chair would (it runs on the server, by its operator); the audit log
 * records it as "cli".
 */
import { writeFile } from "node:fs/promises";
import type { Command } from "commander";
import { meetingByDate } from "../board/repo.ts";
import { generatePack, packDocument } from "../board/service.ts";
import { isIsoDate } from "../calendar/dates.ts";
import { openDatabase } from "../platform/db/database.ts";
import type { AuthenticatedContext } from "../platform/http/context.ts";
import { CliRefusal, dataDirOption } from "./options.ts";

function cliContext(now: Date): AuthenticatedContext {
  return {
    user: {
      id: 0,
      username: "cli",
      displayName: "Command line",
      role: "board_chair",
      teamIds: [],
      mustChangePassword: false,
    },
    sessionId: 0,
    csrfToken: null,
    ip: "local",
    userAgent: null,
    method: "CLI",
    route: "cli board-pack",
    now,
  };
}

export function registerBoardPackCommand(program: Command): void {
  program
    .command("board-pack")
    .requiredOption(
      "--meeting <id-or-date>",
      "the meeting's id, or its date (YYYY-MM-DD) for the Improvement Board's meeting that day",
    )
    .requiredOption(
      "--audience <audience>",
      "board (unsuppressed) or members (small numbers suppressed)",
    )
    .requiredOption("--out <file.pdf>", "where to write the PDF")
    .option("--html <file.html>", "also write the accessible HTML pack")
    .description("generate a board pack for a meeting")
    .action(async (options: { meeting: string; audience: string; out: string; html?: string }) => {
      if (options.audience !== "board" && options.audience !== "members") {
        throw new CliRefusal(`--audience must be board or members, not "${options.audience}".`);
      }
      const audience = options.audience;
      if (!/^\d+$/.test(options.meeting) && !isIsoDate(options.meeting)) {
        throw new CliRefusal(
          `--meeting must be a meeting id or a date written YYYY-MM-DD, not "${options.meeting}".`,
        );
      }
      const database = await openDatabase({
        databaseUrl: process.env.DATABASE_URL || null,
        dataDir: dataDirOption(program),
        purpose: "waymark board-pack",
      });
      try {
        const ctx = cliContext(new Date());
        const started = performance.now();
        const { pdf, html, id } = await database.db.transaction(async (tx) => {
          const meetingId = /^\d+$/.test(options.meeting)
            ? Number(options.meeting)
            : await meetingByDate(tx, options.meeting);
          if (meetingId === null)
            throw new CliRefusal(`There is no meeting on ${options.meeting}.`);
          const pack = await generatePack(ctx, tx, meetingId, audience);
          return {
            id: pack.id,
            pdf: await packDocument(ctx, tx, pack.id, "pdf"),
            html: options.html ? await packDocument(ctx, tx, pack.id, "html") : null,
          };
        });
        await writeFile(options.out, pdf.body);
        if (options.html && html) await writeFile(options.html, html.body);
        console.log(
          `Board pack ${id} (${audience}) written to ${options.out}${options.html ? ` and ${options.html}` : ""} in ${Math.round(performance.now() - started)} ms.`,
        );
      } finally {
        await database.close();
      }
    });
}
