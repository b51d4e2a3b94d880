import { defineConfig } from "vitest/config";

// Browser journeys: one Waymark server (started in global setup) shared by every file, run one file at a time.
export default defineConfig({
  test: {
    include: ["tests/browser/**/*.test.ts"],
    globalSetup: ["tests/browser/global-setup.ts"],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
