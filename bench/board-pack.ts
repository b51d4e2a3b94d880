/**
 * Times a board pack on the demo council (scale 1): gathering the snapshot (every
 * indicator's status and chart data, plan, logs), rendering the HTML with an SVG chart per
 * indicator, and rendering the PDF, for the April 2012 Improvement Board. Three runs in one
 * process; the first includes warming up ECharts and pdfmake.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { meetingByDate } from "../src/board/repo.ts";
import { generatePack, packDocument } from "../src/board/service.ts";
import { loadDemoCouncil } from "../src/demo/load-demo-council.ts";
import { seedDemoPeople } from "../src/demo/seed-people.ts";
import { openDatabase } from "../src/platform/db/database.ts";
import type { AuthenticatedContext } from "../src/platform/http/context.ts";

export async function boardPack(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "waymark-bench-pack-"));
  const database = await openDatabase({
    databaseUrl: null,
    dataDir: join(dir, "data"),
    purpose: "bench",
  });
  try {
    await database.db.transaction((tx) =>
      seedDemoPeople(tx, { seed: 2012, children: 0, today: "2013-04-01" }),
    );
    await loadDemoCouncil(database, {
      seed: 2012,
      scale: 1,
      outDir: join(dir, "extracts"),
      log: () => {},
    });
    const chair = (await database.db.execute(sql`SELECT id FROM users WHERE username = 'chair'`))
      .rows[0] as { id: number };
    const ctx: AuthenticatedContext = {
      user: {
        id: chair.id,
        username: "chair",
        displayName: "Chair",
        role: "board_chair",
        teamIds: [],
        mustChangePassword: false,
      },
      sessionId: 0,
      csrfToken: null,
      ip: "bench",
      userAgent: null,
      method: "BENCH",
      route: "bench",
      now: new Date(),
    };
    const april = await database.db.transaction(async (tx) => {
      const result = await tx.execute(sql`
        SELECT m.date FROM meetings m JOIN bodies b ON b.id = m.body_id
        WHERE b.key = 'improvement_board' AND m.date BETWEEN '2012-04-01' AND '2012-04-30'`);
      const date = (result.rows[0] as { date: string } | undefined)?.date;
      return date ? meetingByDate(tx, date) : null;
    });
    if (april === null) throw new Error("The demo has no April 2012 Board meeting");
    console.log("| run | indicators (charts) | snapshot + HTML ms | PDF ms | total ms | PDF KB |");
    console.log("|---|---|---|---|---|---|");
    for (let run = 1; run <= 3; run++) {
      const started = performance.now();
      const result = await database.db.transaction(async (tx) => {
        const pack = await generatePack(ctx, tx, april, "board");
        const built = performance.now();
        const pdf = await packDocument(ctx, tx, pack.id, "pdf");
        const snapshot = (
          await tx.execute(
            sql`SELECT jsonb_array_length(snapshot->'charts') AS n FROM board_packs WHERE id = ${pack.id}`,
          )
        ).rows[0] as { n: number };
        return { built, pdf, charts: snapshot.n };
      });
      const done = performance.now();
      console.log(
        `| ${run} | ${result.charts} | ${Math.round(result.built - started)} | ${Math.round(done - result.built)} | ${Math.round(done - started)} | ${Math.round((result.pdf.body as Buffer).length / 1024)} |`,
      );
    }
  } finally {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
