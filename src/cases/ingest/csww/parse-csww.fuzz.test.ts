import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, it } from "vitest";
import {
  chunkSizes,
  mutate,
  mutationOf,
  split,
  XML_TROUBLE_TOKENS,
  xmlSoupOf,
} from "../xml/xml-fuzz-kit.ts";
import { cswwCensusArb } from "./csww-arbitrary.ts";
import { type ParseResult, parseChunks, SAMPLES_DIR, sampleFiles } from "./csww-test-kit.ts";

// 4,000 runs in all (1,200 + 600 + 1,000 + 1,200), a few seconds together.
const RUN_TIMEOUT_MS = 2_000;
const TEST_TIMEOUT_MS = 30_000;

const FATAL_RULES = new Set([
  "XML_DOCTYPE_FORBIDDEN",
  "XML_MALFORMED",
  "XML_ENCODING_UNSUPPORTED",
  "CSWW_NOT_A_CENSUS",
  "INPUT_TOO_MANY_RECORDS",
]);

/** Every rule the parser may report; anything else is a bug. */
const KNOWN_RULES = new Set([
  ...FATAL_RULES,
  "CSWW_MISSING_MANDATORY",
  "CSWW_DATE_INVALID",
  "CSWW_NUMBER_INVALID",
  "CSWW_UNKNOWN_CODE",
  "CSWW_END_BEFORE_START",
  "CSWW_DATE_OUTSIDE_YEAR",
  "CSWW_DUPLICATE_ELEMENT",
  "CSWW_DUPLICATE_WORKER",
  "CSWW_ELEMENT_MISPLACED",
]);

/** Pieces of census markup and XML trouble, so random input gets past the first byte. */
const TOKENS = [
  "<Message>",
  "</Message>",
  "<Header><CollectionDetails><Collection>CSWW</Collection><Year>2022</Year></CollectionDetails></Header>",
  "<ReferenceDate>2022-02-30</ReferenceDate>",
  "<LALevelVacancies/>",
  "<CSWWWorker>",
  "</CSWWWorker>",
  "<SWENo>",
  "</SWENo>",
  "<SWENo>SW1</SWENo>",
  "<FTE>1.5</FTE>",
  "<OrgRole>9</OrgRole>",
  "<AgencyWorker>maybe</AgencyWorker>",
  "<RoleStartDate>2022-01-01</RoleStartDate>",
  "<RoleEndDate>2021-01-01</RoleEndDate>",
  ...XML_TROUBLE_TOKENS,
];

const xmlSoup = xmlSoupOf(TOKENS);

const SAMPLES = sampleFiles().map((name) =>
  // Mutations near the start say as much as anywhere, and a shorter file runs faster.
  readFileSync(join(SAMPLES_DIR, name)).subarray(0, 6_000),
);

const mutationArb = mutationOf(TOKENS);

/**
 * What must hold for any input at all. Plain checks rather than `expect`: across
 * thousands of runs the matcher machinery, not the parser, would dominate the time.
 */
function expectWellBehaved(result: ParseResult): void {
  for (const p of result.problems) {
    assert.ok(KNOWN_RULES.has(p.rule), p.rule);
    assert.ok(p.severity === "error" || p.severity === "warning", p.severity);
    assert.notEqual(p.message, "");
    assert.equal(p.row, null);
    assert.ok(p.line === null || p.line >= 1, `line ${p.line}`);
  }
  // A fatal problem ends the reading, so it is always the last one.
  const fatal = result.problems.findIndex((p) => FATAL_RULES.has(p.rule));
  if (fatal >= 0) assert.equal(fatal, result.problems.length - 1);
  for (const r of result.records) {
    assert.equal(r.type, "staff");
    if (r.type === "staff") assert.notEqual(r.record.staffId.trim(), "");
  }
  assert.ok(result.records.length <= result.meta.workers);
}

describe("parseCswwXml under fuzzing", () => {
  it(
    "survives arbitrary text in arbitrary chunks",
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(fc.string({ unit: "binary", maxLength: 200 }), xmlSoup),
          chunkSizes,
          async (text, sizes) => expectWellBehaved(await parseChunks(split(text, sizes))),
        ),
        { numRuns: 1_200, timeout: RUN_TIMEOUT_MS },
      );
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "survives arbitrary bytes",
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), chunkSizes, async (bytes, sizes) =>
          expectWellBehaved(await parseChunks(split(Buffer.from(bytes), sizes))),
        ),
        { numRuns: 600, timeout: RUN_TIMEOUT_MS },
      );
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "survives mutated sample files",
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...SAMPLES),
          fc.array(mutationArb, { minLength: 1, maxLength: 5 }),
          chunkSizes,
          async (sample, mutations, sizes) =>
            expectWellBehaved(await parseChunks(split(mutate(sample, mutations), sizes))),
        ),
        { numRuns: 1_000, timeout: RUN_TIMEOUT_MS },
      );
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "round-trips generated census files into exactly the generated records",
    async () => {
      await fc.assert(
        fc.asyncProperty(cswwCensusArb, chunkSizes, async (census, sizes) => {
          const result = await parseChunks(split(Buffer.from(census.xml), sizes));
          assert.deepEqual(result.problems, []);
          assert.deepEqual(result.records, census.records);
          assert.deepEqual(result.meta, census.meta);
        }),
        { numRuns: 1_200, timeout: RUN_TIMEOUT_MS },
      );
    },
    TEST_TIMEOUT_MS,
  );
});
