/**
 * Property: whatever bytes arrive, parseAnnexACsv returns (never throws, never hangs),
 * every problem carries a known rule and a usable location, a fatal problem is the last
 * one, and the outcome does not depend on how the bytes were chunked.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ANNEX_A_LISTS } from "./lists.ts";
import { ALL_RULES, RULES } from "./rules.ts";
import { csvLine, runCsv, splitAt } from "./test-kit.ts";

const FATAL = new Set<string>([RULES.noLists, RULES.csvMalformed, RULES.tooManyRecords]);

/** A real list's header row (columns shuffled, some dropped, case and spacing mangled). */
const header = fc
  .constantFrom(...ANNEX_A_LISTS)
  .chain((list) =>
    fc.shuffledSubarray(
      list.columns.map((c) => c.headers[0] ?? c.key),
      { minLength: 1 },
    ),
  )
  .chain((headers) =>
    fc.tuple(
      fc.constant(headers),
      fc.array(fc.boolean(), { minLength: headers.length, maxLength: headers.length }),
    ),
  )
  .map(([headers, upper]) =>
    csvLine(headers.map((h, i) => (upper[i] ? h.toUpperCase() : h.replace(/ /g, "  ")))),
  );

const cellNoise = fc.constantFrom(
  "",
  ",",
  '"',
  '""',
  "\n",
  "\r\n",
  "\r",
  " ",
  "01/04/2020",
  "31/02/2020",
  "2020-04-01",
  "45000",
  "0",
  "-1",
  "1e9",
  "a) Yes",
  "q) 6: Police",
  "N1 - Abuse",
  "PR4",
  "C1",
  "\uFEFF",
  "\u0000",
  "\uFFFD",
  "é",
  "List 3: Referral",
  "Child Unique ID",
);

const body = fc.array(cellNoise, { maxLength: 80 }).map((parts) => parts.join(""));

const input = fc.oneof(
  fc.uint8Array({ maxLength: 400 }).map((bytes) => Buffer.from(bytes)),
  fc.string({ unit: "binary", maxLength: 300 }).map((text) => Buffer.from(text, "utf8")),
  fc
    .tuple(body, header, body)
    .map(([before, head, after]) => Buffer.from(`${before}\n${head}\n${after}`, "utf8")),
);

const cuts = fc.array(fc.nat({ max: 500 }), { maxLength: 8 });

describe("parseAnnexACsv under arbitrary input", () => {
  it("never throws, codes every problem, and ignores chunking", async () => {
    await fc.assert(
      fc.asyncProperty(input, cuts, fc.integer({ min: 1, max: 50 }), async (data, at, maxRows) => {
        const whole = await runCsv(splitAt(data, []), "fuzz.csv", { maxRows });
        if (at.length > 0) {
          const split = await runCsv(splitAt(data, at), "fuzz.csv", { maxRows });
          expect(split).toEqual(whole);
        }
        for (const p of whole.problems) {
          expect(ALL_RULES.has(p.rule), p.rule).toBe(true);
          expect(["error", "warning"]).toContain(p.severity);
          expect(p.file).toBe("fuzz.csv");
          expect(p.line).toBeNull();
          expect(p.path).toBeNull();
          expect(p.row === null || (Number.isInteger(p.row) && p.row >= 1)).toBe(true);
          expect(p.column === null || /^List \d{1,2}!/.test(p.column)).toBe(true);
          expect(p.message.trim().length).toBeGreaterThan(10);
        }
        const fatal = whole.problems.findIndex((p) => FATAL.has(p.rule));
        if (fatal !== -1) expect(fatal).toBe(whole.problems.length - 1);
        const rows = whole.lists.reduce((sum, l) => sum + l.rows, 0);
        expect(rows).toBeLessThanOrEqual(maxRows);
        expect(whole.lists.length).toBeLessThanOrEqual(1);
      }),
      { numRuns: 2000 },
    );
    // 2,000 runs (~3,800 parses) take 2-4 s on an idle 2-core machine; the timeout
    // leaves room for a loaded CI box.
  }, 30_000);
});
