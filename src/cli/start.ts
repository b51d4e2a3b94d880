import type { Command } from "commander";
import { startServer } from "../platform/server.ts";
import { dataDirOption } from "./options.ts";

export function registerStartCommand(program: Command): void {
  program
    .command("start")
    .description("start Waymark (embedded database unless DATABASE_URL is set)")
    .option("--port <port>", "port to listen on", (value) => Number(value))
    .option("--host <host>", "address to listen on")
    .action(async (options: { port?: number; host?: string }) => {
      const server = await startServer({
        overrides: {
          dataDir: dataDirOption(program),
          ...(options.port !== undefined ? { port: options.port } : {}),
          ...(options.host ? { host: options.host } : {}),
        },
      });
      await new Promise<void>((resolve) => {
        const shutdown = (signal: string) => {
          console.log(`\n${signal} received: stopping Waymark...`);
          server.stop().then(() => {
            console.log("Stopped cleanly.");
            resolve();
          });
        };
        process.once("SIGINT", () => shutdown("SIGINT"));
        process.once("SIGTERM", () => shutdown("SIGTERM"));
      });
    });
}
