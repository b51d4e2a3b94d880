import { defineConfig } from "vitest/config";

// Browser journeys: one Waymark server (started in global setup) shared by every file, run one file at a time.
export default defineConfig({
  test: {
    include: ["tests/browser/**/*.test.ts"],
    globalSetup: ["tests/browser/global-setup.ts"],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // expect.poll waits on a real server and Chromium, on machines that are often busy: its
    // default of one second failed journeys whose pages were right (a chart drawn, a list
    // loaded a moment later).
    expect: { poll: { timeout: 15_000 } },
  },
});
