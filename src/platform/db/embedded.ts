/**
 * Starts the embedded database: PGlite in a worker thread behind a Unix socket, with the
 * data directory locked against a second process. Returns a connection string for `pg`.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Worker } from "node:worker_threads";
import { acquireDataDirLock } from "./lock.ts";

export interface EmbeddedDatabase {
  connectionString: string;
  /**
   * Always 1. PGlite is one backend; its socket server multiplexes connections onto it, and
   * extended-protocol messages from two connections can interleave between transactions
   * (seen as `portal "" does not exist` under load). One pool connection serialises work in
   * the pool instead, which is what PGlite would do anyway.
   */
  poolSize: number;
  setUrl(url: string): void;
  stop(): Promise<void>;
}

const PORT_NUMBER_IN_SOCKET_NAME = 5432;
/** The pool's one connection, plus room for a diagnostic client (psql) if ever needed. */
const MAX_CONNECTIONS = 2;

/** `dataDir` null means an in-memory database (tests, benchmarks). */
export async function startEmbeddedDatabase(
  dataDir: string | null,
  purpose: string,
): Promise<EmbeddedDatabase> {
  const absoluteDataDir = dataDir ? resolve(dataDir) : null;
  const lock = absoluteDataDir ? acquireDataDirLock(absoluteDataDir, purpose) : null;
  const socketDir = mkdtempSync(join(tmpdir(), "waymark-pg-"));
  const socketPath = join(socketDir, `.s.PGSQL.${PORT_NUMBER_IN_SOCKET_NAME}`);

  const worker = new Worker(new URL("./embedded-worker-entry.js", import.meta.url), {
    workerData: {
      dataDir: absoluteDataDir ? join(absoluteDataDir, "pgdata") : "memory://",
      socketPath,
      maxConnections: MAX_CONNECTIONS,
    },
  });

  try {
    await new Promise<void>((resolveReady, reject) => {
      worker.once("error", reject);
      worker.on("message", (message: { type: string; error?: string }) => {
        if (message.type === "ready") resolveReady();
        if (message.type === "failed")
          reject(new Error(`The embedded database did not start: ${message.error}`));
      });
    });
  } catch (error) {
    await worker.terminate();
    rmSync(socketDir, { recursive: true, force: true });
    lock?.release();
    throw error;
  }

  let stopped: Promise<void> | null = null;
  return {
    connectionString: `postgresql://postgres@localhost/postgres?host=${encodeURIComponent(socketDir)}`,
    poolSize: 1,
    setUrl: (url) => lock?.setUrl(url),
    stop: () => {
      stopped ??= (async () => {
        await new Promise<void>((resolveStopped) => {
          const timer = setTimeout(resolveStopped, 10_000);
          worker.on("message", (message: { type: string }) => {
            if (message.type === "stopped") {
              clearTimeout(timer);
              resolveStopped();
            }
          });
          worker.postMessage({ type: "stop" });
        });
        await worker.terminate();
        rmSync(socketDir, { recursive: true, force: true });
        lock?.release();
      })();
      return stopped;
    },
  };
}
