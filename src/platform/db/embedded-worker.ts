/**
 * Runs PGlite (WASM PostgreSQL) in its own worker thread and serves it on a Unix socket,
 * so the rest of Waymark talks to it through `pg` exactly as it would to a real server.
 * The worker keeps PGlite's CPU-bound work off the HTTP event loop.
 *
 * The socket lives in a private 0700 directory: PGlite has no authentication, so only
 * this process's user may reach it.
 */
import { parentPort, workerData } from "node:worker_threads";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

interface WorkerInput {
  dataDir: string;
  socketPath: string;
  maxConnections: number;
}

const input = workerData as WorkerInput;

async function main(): Promise<void> {
  const db = await PGlite.create(input.dataDir);
  const server = new PGLiteSocketServer({
    db,
    path: input.socketPath,
    maxConnections: input.maxConnections,
  });
  await server.start();
  parentPort?.postMessage({ type: "ready" });

  parentPort?.on("message", async (message: { type: string }) => {
    if (message.type !== "stop") return;
    try {
      await server.stop();
      await db.close();
      parentPort?.postMessage({ type: "stopped" });
    } catch (error) {
      parentPort?.postMessage({ type: "stopped", error: String(error) });
    }
  });
}

main().catch((error: unknown) => {
  parentPort?.postMessage({
    type: "failed",
    error: error instanceof Error ? error.message : String(error),
  });
});
