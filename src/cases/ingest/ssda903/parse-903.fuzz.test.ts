import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { LacEpisodeRecord } from "../../model.ts";
import type { Problem } from "../problems.ts";
import { SSDA903_CODE_LISTS } from "./code-lists.ts";
import { RULES } from "./rules.ts";
import { SSDA903_TABLES, TABLE_SPECS } from "./tables.ts";
import { runCsv, runXml, splitAt } from "./test-helpers.ts";

const KNOWN_RULES = new Set<string>(Object.values(RULES));

function expectWellFormed(problems: readonly Problem[], file: string, form: "csv" | "xml") {
  for (const p of problems) {
    expect(KNOWN_RULES.has(p.rule), p.rule).toBe(true);
    expect(["error", "warning"]).toContain(p.severity);
    expect(p.file).toBe(file);
    expect(p.message.trim().length).toBeGreaterThan(10);
    if (form === "csv") {
      expect(Number.isInteger(p.row) && (p.row ?? 0) >= 1).toBe(true);
      expect(p.line).toBeNull();
      expect(p.path).toBeNull();
    } else {
      expect(p.row).toBeNull();
      expect(p.line === null || (Number.isInteger(p.line) && p.line >= 1)).toBe(true);
    }
  }
}

function withoutFaultWording<T extends { problems: Problem[] }>(outcome: T): T {
  return {
    ...outcome,
    problems: outcome.problems.map((p) =>
      p.rule === RULES.xmlMalformed ? { ...p, line: 0, path: null, message: "(fault)" } : p,
    ),
  };
}

/** Byte offsets to split an input at, so every property also checks chunk independence. */
const cuts = fc.array(fc.nat({ max: 400 }), { maxLength: 12 });

// --- CSV ---------------------------------------------------------------------------------

/** A real table's header (columns shuffled, some dropped), so the rows get validated. */
const csvHeader = fc
  .constantFrom(...SSDA903_TABLES)
  .chain((table) => fc.shuffledSubarray([...TABLE_SPECS[table].columns], { minLength: 1 }))
  .map((columns) => columns.join(","));

const csvNoise = fc
  .array(
    fc.constantFrom(
      ",",
      '"',
      "\n",
      "\r\n",
      "\r",
      " ",
      "01/04/2020",
      "2020-04-01",
      "31/02/2020",
      "zz/zz/2014",
      "S",
      "PN1",
      "1",
      "0",
      "true",
      "L",
      "Z1",
      "\uFEFF",
      "é",
      "\u0000",
      "x",
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(""));

const csvInput = fc.oneof(
  fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes)),
  fc.string({ unit: "binary", maxLength: 200 }).map((text) => Buffer.from(text, "utf8")),
  fc.tuple(csvHeader, csvNoise).map(([header, body]) => Buffer.from(`${header}\n${body}`, "utf8")),
);

// --- XML ---------------------------------------------------------------------------------

const xmlInput = fc.oneof(
  fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes)),
  fc
    .array(
      fc.constantFrom(
        '<?xml version="1.0"?>',
        "<EXPSSDA903>",
        "</EXPSSDA903>",
        "<CHILD>",
        "</CHILD>",
        "<HEADER>",
        "</HEADER>",
        "<CHILDID>",
        "</CHILDID>",
        "<DOB>",
        "</DOB>",
        "<EPISODE>",
        "</EPISODE>",
        "<DECOM>",
        "</DECOM>",
        "<DEC>",
        "</DEC>",
        "<PL>",
        "</PL>",
        "<AREVIEW>",
        "</AREVIEW>",
        "<REVIEW>",
        "</REVIEW>",
        "<OC2>",
        "</OC2>",
        "<HEALTH_CHECK>",
        "</HEALTH_CHECK>",
        "<!DOCTYPE EXPSSDA903>",
        '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>',
        "&amp;",
        "&e;",
        "<![CDATA[",
        "]]>",
        "<!-- c -->",
        "01/04/2020",
        "2020-04-01",
        "31/02/2020",
        "42",
        "S",
        " ",
        "\n",
        "<",
        ">",
        "/",
        '"',
      ),
      { maxLength: 50 },
    )
    .map((parts) => Buffer.from(parts.join(""), "utf8")),
);

describe("SSDA903 parsers under arbitrary input", () => {
  it("CSV: never throws, always terminates, reports only known rules, ignores chunking", async () => {
    await fc.assert(
      fc.asyncProperty(csvInput, cuts, async (data, at) => {
        const whole = await runCsv(splitAt(data, []), "fuzz.csv");
        const split = await runCsv(splitAt(data, at), "fuzz.csv");
        expect(split).toEqual(whole);
        expectWellFormed(whole.problems, "fuzz.csv", "csv");
        expect(whole.records.length).toBeLessThanOrEqual(whole.result.rows);
        if (whole.result.table === null) expect(whole.records).toEqual([]);
      }),
      { numRuns: 1200 },
    );
  }, 30_000);

  it("XML: never throws, always terminates, refuses DOCTYPEs, ignores chunking", async () => {
    await fc.assert(
      fc.asyncProperty(xmlInput, cuts, async (data, at) => {
        const whole = await runXml(splitAt(data, []), "fuzz.xml");
        const split = await runXml(splitAt(data, at), "fuzz.xml");
        // saxes notices some faults only when the text run holding them ends, and a chunk
        // end also ends a run: "!\n" is reported on line 2 read whole but on line 1 read
        // as "!" + "\n", and with several faults a different one may come first. The rule,
        // that it is fatal, and every record and other problem are the same either way.
        expect(withoutFaultWording(split)).toEqual(withoutFaultWording(whole));
        expectWellFormed(whole.problems, "fuzz.xml", "xml");
        if (whole.problems.some((p) => p.rule === RULES.xmlDoctypeForbidden)) {
          expect(whole.records).toEqual([]);
        }
        // Every problem stops nothing silently: a fatal problem is always the last one.
        const fatal = whole.problems.findIndex(
          (p) => p.rule === RULES.xmlMalformed || p.rule === RULES.xmlDoctypeForbidden,
        );
        if (fatal !== -1) expect(fatal).toBe(whole.problems.length - 1);
      }),
      { numRuns: 1200 },
    );
  }, 30_000);
});

// --- Round trip ----------------------------------------------------------------------------

const EPISODE_COLUMNS = TABLE_SPECS.episodes.columns;

const codeOf = (listKey: string) =>
  fc.option(fc.constantFrom(...(SSDA903_CODE_LISTS[listKey] ?? [])));

const day = fc.integer({
  min: Date.UTC(1990, 0, 1) / 86_400_000,
  max: Date.UTC(2040, 11, 31) / 86_400_000,
});
const isoOf = (days: number) => new Date(days * 86_400_000).toISOString().slice(0, 10);

const episode = fc
  .record({
    laChildId: fc.stringMatching(/^[A-Za-z0-9]{1,10}$/),
    start: day,
    length: fc.option(fc.integer({ min: 0, max: 3000 })),
    rne: codeOf("episodes.RNE"),
    legalStatus: codeOf("episodes.LS"),
    cinCode: codeOf("episodes.CIN"),
    placement: codeOf("episodes.PLACE"),
    placementProvider: codeOf("episodes.PLACE_PROVIDER"),
    reasonEpisodeCeased: codeOf("episodes.REC"),
    reasonPlaceChange: codeOf("episodes.REASON_PLACE_CHANGE"),
    homePostcode: fc.option(fc.stringMatching(/^[A-Z]{1,2}[0-9]{1,2} [0-9][A-Z]{2}$/)),
    placementPostcode: fc.option(fc.stringMatching(/^[A-Z]{1,2}[0-9]{1,2} [0-9][A-Z]{2}$/)),
    urn: fc.option(fc.stringMatching(/^[0-9]{6,8}$/)),
  })
  .map(
    ({ start, length, ...rest }): LacEpisodeRecord => ({
      ...rest,
      decom: isoOf(start),
      dec: length === null ? null : isoOf(start + length),
    }),
  );

const dmy = (iso: string | null) => (iso ? iso.split("-").reverse().join("/") : "");

function cellOf(record: LacEpisodeRecord, column: string): string {
  switch (column) {
    case "CHILD":
      return record.laChildId;
    case "DECOM":
      return dmy(record.decom);
    case "DEC":
      return dmy(record.dec);
    case "RNE":
      return record.rne ?? "";
    case "LS":
      return record.legalStatus ?? "";
    case "CIN":
      return record.cinCode ?? "";
    case "PLACE":
      return record.placement ?? "";
    case "PLACE_PROVIDER":
      return record.placementProvider ?? "";
    case "REC":
      return record.reasonEpisodeCeased ?? "";
    case "REASON_PLACE_CHANGE":
      return record.reasonPlaceChange ?? "";
    case "HOME_POST":
      return record.homePostcode ?? "";
    case "PL_POST":
      return record.placementPostcode ?? "";
    case "URN":
      return record.urn ?? "";
    default:
      throw new Error(`unexpected column ${column}`);
  }
}

describe("episodes CSV round trip", () => {
  it("a generated valid episodes file comes back as exactly its records, with no problems", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(episode, { maxLength: 25 }),
        fc.shuffledSubarray([...EPISODE_COLUMNS], { minLength: EPISODE_COLUMNS.length }),
        fc.constantFrom("\n", "\r\n"),
        fc.boolean(),
        fc.infiniteStream(fc.boolean()),
        cuts,
        async (episodes, columns, eol, bom, quoteIt, at) => {
          const quote = (cell: string) => (quoteIt.next().value ? `"${cell}"` : cell);
          const lines = [
            columns.map((c) => (quoteIt.next().value ? c.toLowerCase() : c)).join(","),
            ...episodes.map((record) => columns.map((c) => quote(cellOf(record, c))).join(",")),
          ];
          const text = `${bom ? "\uFEFF" : ""}${lines.join(eol)}${eol}`;
          const outcome = await runCsv(splitAt(Buffer.from(text, "utf8"), at), "gen.csv");
          expect(outcome.problems).toEqual([]);
          expect(outcome.result).toEqual({ table: "episodes", rows: episodes.length });
          expect(outcome.records).toEqual(
            episodes.map((record) => ({ type: "lac_episode", record })),
          );
        },
      ),
      { numRuns: 300 },
    );
  }, 30_000);
});
