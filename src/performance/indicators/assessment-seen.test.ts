import { describe, expect, it } from "vitest";
import { assessment, figure, run } from "./test-fixtures.ts";

describe("assessments_child_seen", () => {
  it("assessments of any kind completed in the period; missing flag left out", () => {
    const assessments = [
      assessment("A", "single", "2024-03-01", "2024-04-01", { childSeen: true }), // first day
      assessment("B", "initial", "2024-06-20", "2024-06-30", { childSeen: false }), // last day
      assessment("C", "core", "2024-05-01", "2024-07-01", { childSeen: true }), // day after
      assessment("D", "single", "2024-05-01", null, { childSeen: true }), // still open
      assessment("E", "single", "2024-04-10", "2024-05-01", { childSeen: null }),
      assessment("F", "core", "2024-02-01", "2024-03-31", { childSeen: true }), // day before
      assessment("G", "initial", "2024-05-01", "2024-05-05", { childSeen: true }),
    ];
    const r = run("assessments_child_seen", { assessments }, "2024-04-01", "2024-06-30");
    // denominator A B G = 3; seen A G = 2; 66.7
    expect(figure(r)).toEqual([2, 3, 66.7]);
    expect(r.numeratorKeys).toEqual([
      "assessment:A:2024-03-01:single",
      "assessment:G:2024-05-01:initial",
    ]);
    expect(r.excluded).toEqual([
      { key: "assessment:E:2024-04-10:single", reason: "missing child-seen flag" },
    ]);
  });
});
