import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  schema: ["./src/platform/schema.ts", "./src/cases/schema.ts", "./src/performance/schema.ts", "./src/plan/schema.ts", "./src/board/schema.ts"],
  out: "./migrations",
});
