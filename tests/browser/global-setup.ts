/**
 * Starts Waymark as a user would (`bin/waymark.js start`) on a fresh embedded data
 * directory and a free port, waits for it, and stops it with SIGINT afterwards.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

let server: ChildProcess | null = null;
let dataDir = "";

export default async function setup(project: TestProject) {
  dataDir = mkdtempSync(join(tmpdir(), "waymark-browser-"));
  const port = 3200 + Math.floor(Math.random() * 500);
  server = spawn(
    process.execPath,
    ["bin/waymark.js", "--data-dir", dataDir, "start", "--port", String(port)],
    {
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  server.stdout?.on("data", (chunk) => {
    output += chunk;
  });
  server.stderr?.on("data", (chunk) => {
    output += chunk;
  });
  const baseUrl = `http://localhost:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline || server.exitCode !== null)
      throw new Error(`Waymark did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  // The demo council's records load after the server starts; the journeys need them.
  while (!output.includes("Demo council loaded")) {
    if (Date.now() > deadline + 180_000 || server.exitCode !== null)
      throw new Error(`The demo council did not load:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  project.provide("baseUrl", baseUrl);
  return async () => {
    server?.kill("SIGINT");
    await new Promise((resolve) => server?.once("exit", resolve));
    rmSync(dataDir, { recursive: true, force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
