import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * The journeys share one server and its demo council, so the order matters: the imports
 * journey loads a real 2024 CIN census, which moves the latest month past the demo's
 * years and leaves the figures journeys nothing to chart. It runs last; the rest run in
 * a fixed order, so a run is the same every time (Vitest otherwise orders by past timings).
 */
const ORDER = ["sign-in-and-menus", "performance", "board", "plan-setup", "imports"];
const rank = (spec: TestSpecification) => {
  const index = ORDER.findIndex((name) => spec.moduleId.endsWith(`/${name}.test.ts`));
  // A journey not listed yet runs after the listed ones but still before the imports.
  return index === -1 ? ORDER.length - 1.5 : index;
};

class JourneyOrder extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return [...files].sort((a, b) => rank(a) - rank(b));
  }
}

// Browser journeys: one Waymark server (started in global setup) shared by every file, run one file at a time.
export default defineConfig({
  test: {
    include: ["tests/browser/**/*.test.ts"],
    globalSetup: ["tests/browser/global-setup.ts"],
    fileParallelism: false,
    sequence: { sequencer: JourneyOrder },
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // expect.poll waits on a real server and Chromium, on machines that are often busy: its
    // default of one second failed journeys whose pages were right (a chart drawn, a list
    // loaded a moment later).
    expect: { poll: { timeout: 15_000 } },
  },
});
