import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { RECORD_TABLES } from "../../record-tables.ts";
import { detectCanonicalCsv } from "./detect-canonical-csv.ts";
import { RECORD_TYPES } from "./record-types.ts";
import { once, runCanonical } from "./test-kit.ts";

/** The format's documentation, which the tests below keep in step with the code. */
const DOC = readFileSync(
  fileURLToPath(new URL("../../../../docs/formats.md", import.meta.url)),
  "utf8",
);

describe("docs/formats.md", () => {
  const examples = [...DOC.matchAll(/```csv\n([\s\S]*?)```/g)].map((m) => m[1] ?? "");

  it("has the worked examples for referrals, assessments and visits", () => {
    expect(examples.map(detectCanonicalCsv)).toEqual(["referral", "assessment", "visit"]);
  });

  for (const example of examples) {
    it(`worked example ${detectCanonicalCsv(example)} loads with no problems`, async () => {
      const outcome = await runCanonical(once(example), "example.csv");
      expect(outcome.problems).toEqual([]);
      expect(outcome.records.length).toBe(example.trim().split("\n").length - 1);
    });
  }

  it("documents every column of every record type, marking exactly the key columns required", () => {
    for (const type of RECORD_TYPES) {
      const section = DOC.split(`\n#### ${type}\n`)[1]?.split("\n#### ")[0] ?? "";
      const rows = [...section.matchAll(/^\|\s*`([a-z0-9_]+)`\s*\|[^|]+\|\s*(yes|no)\s*\|/gm)];
      const spec = RECORD_TABLES[type];
      expect(
        rows.map((r) => `${r[1]}:${r[2]}`),
        type,
      ).toEqual(
        spec.columns.map((c) => `${c.column}:${spec.key.includes(c.column) ? "yes" : "no"}`),
      );
    }
  });

  it("lists every rule code", async () => {
    const { CANONICAL_RULES } = await import("./rules.ts");
    for (const code of Object.values(CANONICAL_RULES)) expect(DOC).toContain(`\`${code}\``);
  });
});
