/**
 * A lock file in the embedded data directory. Two processes opening one PGlite data
 * directory corrupt it, so whoever opens it first writes its pid here and everyone else
 * is told who holds it. A lock left by a dead process (kill -9) is taken over.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export interface LockHolder {
  pid: number;
  purpose: string;
  url: string | null;
  since: string;
}

export class DataDirLockedError extends Error {
  readonly dataDir: string;
  readonly holder: LockHolder;
  constructor(dataDir: string, holder: LockHolder) {
    super(
      `The data directory ${dataDir} is in use by Waymark process ${holder.pid} (${holder.purpose}` +
        `${holder.url ? ` at ${holder.url}` : ""}, since ${holder.since}). ` +
        "Only one process may open an embedded database: stop that process first, or use it through its web interface.",
    );
    this.dataDir = dataDir;
    this.holder = holder;
  }
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export function lockPath(dataDir: string): string {
  return join(dataDir, "waymark.lock");
}

export function readLock(dataDir: string): LockHolder | null {
  try {
    return JSON.parse(readFileSync(lockPath(dataDir), "utf8")) as LockHolder;
  } catch {
    return null;
  }
}

/** Takes the lock or throws DataDirLockedError. Returns a release function. */
export function acquireDataDirLock(
  dataDir: string,
  purpose: string,
): {
  release: () => void;
  setUrl: (url: string) => void;
} {
  mkdirSync(dataDir, { recursive: true });
  const path = lockPath(dataDir);
  const holder: LockHolder = {
    pid: process.pid,
    purpose,
    url: null,
    since: new Date().toISOString(),
  };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(path, JSON.stringify(holder), { flag: "wx" });
      let released = false;
      return {
        release: () => {
          if (released) return;
          released = true;
          const current = readLock(dataDir);
          if (current?.pid === process.pid) rmSync(path, { force: true });
        },
        setUrl: (url: string) => {
          holder.url = url;
          writeFileSync(path, JSON.stringify(holder));
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const existing = readLock(dataDir);
      if (existing && existing.pid !== process.pid && processIsAlive(existing.pid)) {
        throw new DataDirLockedError(dataDir, existing);
      }
      // Stale lock from a process that no longer exists: take it over.
      rmSync(path, { force: true });
    }
  }
  throw new Error(`Could not take the lock on ${dataDir}`);
}
