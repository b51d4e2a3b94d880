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
import { cinCensusArb } from "./cin-census-arbitrary.ts";
import { type ParseResult, parseChunks, SAMPLES_DIR, sampleFiles } from "./cin-test-kit.ts";

// 10,000 runs in all: 3,500 + 1,500 + 2,500 + 2,500.
const RUN_TIMEOUT_MS = 2_000;
const TEST_TIMEOUT_MS = 120_000;

const FATAL_RULES = new Set([
  "XML_DOCTYPE_FORBIDDEN",
  "XML_MALFORMED",
  "XML_ENCODING_UNSUPPORTED",
  "CIN_NOT_A_CIN_CENSUS",
  "INPUT_TOO_MANY_RECORDS",
]);

/** Pieces of census markup and XML trouble, so random input gets past the first byte. */
const TOKENS = [
  "<Message>",
  "</Message>",
  "<Header><CollectionDetails><Collection>CIN</Collection></CollectionDetails></Header>",
  "<Children>",
  "</Children>",
  "<Child>",
  "</Child>",
  "<ChildIdentifiers>",
  "</ChildIdentifiers>",
  "<LAchildID>",
  "</LAchildID>",
  "<CINdetails>",
  "</CINdetails>",
  "<CINreferralDate>2024-02-30</CINreferralDate>",
  "<ReferralNFA>maybe</ReferralNFA>",
  "<Assessments><AssessmentActualStartDate>2024-01-01</AssessmentActualStartDate></Assessments>",
  ...XML_TROUBLE_TOKENS,
];

const xmlSoup = xmlSoupOf(TOKENS);

const SAMPLES = sampleFiles().map((name) =>
  // The large sample is cut short: mutations near its start say as much, much faster.
  readFileSync(join(SAMPLES_DIR, name)).subarray(0, 12_000),
);

const mutationArb = mutationOf(TOKENS);

/**
 * What must hold for any input at all. Plain checks rather than `expect`: across
 * thousands of runs the matcher machinery, not the parser, would dominate the time.
 */
function expectWellBehaved(result: ParseResult): void {
  for (const p of result.problems) {
    assert.match(p.rule, /^[A-Z][A-Z0-9_]+$/);
    assert.ok(p.severity === "error" || p.severity === "warning", p.severity);
    assert.notEqual(p.message, "");
    assert.equal(p.row, null);
    assert.ok(p.line === null || p.line >= 1, `line ${p.line}`);
  }
  // A fatal problem ends the reading, so it is always the last one.
  const fatal = result.problems.findIndex((p) => FATAL_RULES.has(p.rule));
  if (fatal >= 0) assert.equal(fatal, result.problems.length - 1);
  for (const r of result.records) assert.notEqual(r.record.laChildId.trim(), "");
}

describe("parseCinCensusXml under fuzzing", () => {
  it(
    "survives arbitrary text in arbitrary chunks",
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(fc.string({ unit: "binary", maxLength: 200 }), xmlSoup),
          chunkSizes,
          async (text, sizes) => expectWellBehaved(await parseChunks(split(text, sizes))),
        ),
        { numRuns: 3_500, timeout: RUN_TIMEOUT_MS },
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
        { numRuns: 1_500, timeout: RUN_TIMEOUT_MS },
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
        { numRuns: 2_500, timeout: RUN_TIMEOUT_MS },
      );
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "round-trips generated census files into exactly the generated records",
    async () => {
      await fc.assert(
        fc.asyncProperty(cinCensusArb, chunkSizes, async (census, sizes) => {
          const result = await parseChunks(split(Buffer.from(census.xml), sizes));
          assert.deepEqual(result.problems, []);
          assert.deepEqual(result.records, census.records);
          assert.deepEqual(result.meta, {
            collectionYear: census.year,
            referenceDate: census.referenceDate,
            lea: census.lea,
            childCount: census.childCount,
          });
        }),
        { numRuns: 2_500, timeout: RUN_TIMEOUT_MS },
      );
    },
    TEST_TIMEOUT_MS,
  );
});
