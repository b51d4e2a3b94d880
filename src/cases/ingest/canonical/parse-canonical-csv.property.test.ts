import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CaseRecord, CaseRecordType } from "../../model.ts";
import { type ColumnSpec, RECORD_TABLES } from "../../record-tables.ts";
import { codeListOf, DATE_LIST_COLUMNS, DATE_PAIRS } from "./codes.ts";
import { RECORD_TYPES } from "./record-types.ts";
import { CANONICAL_RULES } from "./rules.ts";
import { runCanonical, splitAt } from "./test-kit.ts";

/** Byte offsets to split an input at, so each property also checks chunk independence. */
const cuts = fc.array(fc.nat({ max: 2_000 }), { maxLength: 12 });

// --- Generated valid files ------------------------------------------------------------------

/** One cell: the text written in the file and the value it must read as. */
interface Cell {
  text: string;
  value: unknown;
}

const DAY = 86_400_000;
const isoDate = fc
  .integer({ min: Date.UTC(1900, 0, 1) / DAY, max: Date.UTC(2099, 11, 31) / DAY })
  .map((days) => new Date(days * DAY).toISOString().slice(0, 10));

/** Free text with everything that needs quoting; never padded (values are trimmed). */
const freeText = fc
  .string({
    unit: fc.constantFrom("a", "Z", "0", " ", ",", '"', "\n", "\r\n", ";", "'", "é", "😀", "-"),
    minLength: 1,
    maxLength: 10,
  })
  .filter((text) => text.trim() === text);

const listItem = fc.stringMatching(/^[A-Za-z0-9]([A-Za-z0-9 ]{0,4}[A-Za-z0-9])?$/);

/** Each letter in upper or lower case, as a spreadsheet user might type it. */
const anyCase = (text: string) =>
  fc
    .array(fc.boolean(), { minLength: text.length, maxLength: text.length })
    .map((upper) =>
      [...text].map((ch, i) => (upper[i] ? ch.toUpperCase() : ch.toLowerCase())).join(""),
    );

const spelledBoolean = fc.boolean().chain((value) =>
  fc
    .constantFrom(...(value ? ["true", "1", "yes"] : ["false", "0", "no"]))
    .chain(anyCase)
    .map((text): Cell => ({ text, value })),
);

function presentCell(type: CaseRecordType, column: ColumnSpec): fc.Arbitrary<Cell> {
  const codes = codeListOf(type, column.column);
  if (codes) {
    return fc
      .constantFrom(...codes)
      .chain((code) => anyCase(code).map((text): Cell => ({ text, value: code })));
  }
  switch (column.type) {
    case "text":
      return freeText.map((text) => ({ text, value: text }));
    case "date":
      return isoDate.map((iso) => ({ text: iso, value: iso }));
    case "boolean":
      return spelledBoolean;
    case "integer":
      return fc
        .integer({ min: -(2 ** 31), max: 2 ** 31 - 1 })
        .map((n) => ({ text: String(n), value: n }));
    case "numeric":
      return fc
        .integer({ min: -100_000, max: 100_000 })
        .map((n) => n / 100)
        .map((n) => ({ text: String(n), value: n }));
    case "jsonb":
      if (DATE_LIST_COLUMNS.has(column.column)) {
        // Written in any order with repeats; read de-duplicated and sorted.
        return fc.array(isoDate, { maxLength: 5 }).map((dates) => ({
          text: dates.join(" ; "),
          value: [...new Set(dates)].sort(),
        }));
      }
      return fc
        .array(listItem, { maxLength: 4 })
        .map((items) => ({ text: items.join(";"), value: items }));
  }
}

function cellOf(type: CaseRecordType, column: ColumnSpec, key: boolean): fc.Arbitrary<Cell> {
  const present = presentCell(type, column);
  if (key) return present;
  const empty: Cell = { text: "", value: column.type === "jsonb" ? [] : null };
  return fc.oneof(fc.constant(empty), present);
}

/** A row as cells by column name. */
const rowOf = (type: CaseRecordType) =>
  fc.record(
    Object.fromEntries(
      RECORD_TABLES[type].columns.map((c) => [
        c.column,
        cellOf(type, c, RECORD_TABLES[type].key.includes(c.column)),
      ]),
    ) as Record<string, fc.Arbitrary<Cell>>,
  );

const validFile = fc.constantFrom(...RECORD_TYPES).chain((type) => {
  const spec = RECORD_TABLES[type];
  const optional = spec.columns.filter((c) => !spec.key.includes(c.column)).map((c) => c.column);
  return fc.record({
    type: fc.constant(type),
    rows: fc.array(rowOf(type), { maxLength: 12 }),
    // Key columns always, any optional ones, in any order after record_type.
    columns: fc.subarray(optional).chain((chosen) => {
      const all = [...spec.key, ...chosen];
      return fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length });
    }),
    headerCase: fc.infiniteStream(fc.boolean()),
    quoteAnyway: fc.infiniteStream(fc.boolean()),
    eol: fc.constantFrom("\n", "\r\n"),
    bom: fc.boolean(),
    finalEol: fc.boolean(),
  });
});

const NEEDS_QUOTES = /[",\r\n]/;

function quote(text: string, anyway: boolean): string {
  return NEEDS_QUOTES.test(text) || anyway ? `"${text.replaceAll('"', '""')}"` : text;
}

describe("canonical CSV round trip", () => {
  it("a generated valid file reads back as exactly its records", async () => {
    await fc.assert(
      fc.asyncProperty(validFile, cuts, async (file, at) => {
        const { type, rows, columns, eol } = file;
        const spec = RECORD_TABLES[type];
        const header = ["record_type", ...columns].map((name) =>
          file.headerCase.next().value ? name.toUpperCase() : name,
        );
        const lines = [
          header.join(","),
          ...rows.map((row) =>
            [type, ...columns.map((c) => row[c]?.text ?? "")]
              .map((text) => quote(text, file.quoteAnyway.next().value === true))
              .join(","),
          ),
        ];
        const text = `${file.bom ? "\uFEFF" : ""}${lines.join(eol)}${file.finalEol ? eol : ""}`;

        const expected = rows.map((row) => {
          const record: Record<string, unknown> = {};
          for (const column of spec.columns) {
            const omitted = column.type === "jsonb" ? [] : null;
            record[column.field] = columns.includes(column.column)
              ? row[column.column]?.value
              : omitted;
          }
          return { type, record } as unknown as CaseRecord;
        });
        const endsBeforeStart = rows.flatMap((row, i) =>
          DATE_PAIRS.filter(([start, end]) => {
            if (!columns.includes(start) || !columns.includes(end)) return false;
            const from = row[start]?.value;
            const to = row[end]?.value;
            return typeof from === "string" && typeof to === "string" && to < from;
          }).map(([, end]) => `${i + 2}|${end}|${CANONICAL_RULES.endBeforeStart}`),
        );

        const outcome = await runCanonical(splitAt(Buffer.from(text, "utf8"), at), "gen.csv");
        expect(outcome.problems.map((p) => `${p.row}|${p.column}|${p.rule}`)).toEqual(
          endsBeforeStart,
        );
        expect(outcome.result).toEqual({
          recordType: rows.length > 0 ? type : null,
          rows: rows.length,
        });
        expect(outcome.records).toEqual(expected);
      }),
      { numRuns: 1_000 },
    );
  }, 30_000);
});

// --- Arbitrary input ------------------------------------------------------------------------

const KNOWN_RULES = new Set<string>(Object.values(CANONICAL_RULES));

/** A real header (some columns, any order) then a soup of tokens that matter to the reader. */
const canonicalNoise = fc
  .constantFrom(...RECORD_TYPES)
  .chain((type) =>
    fc.tuple(
      fc.constant(type),
      fc.shuffledSubarray(
        RECORD_TABLES[type].columns.map((c) => c.column),
        { minLength: 1 },
      ),
      fc.array(
        fc.constantFrom(
          type,
          "child",
          "referral",
          ",",
          '"',
          '""',
          "\n",
          "\r\n",
          "\r",
          " ",
          ";",
          "2020-04-01",
          "2020-02-30",
          "01/04/2020",
          "true",
          "no",
          "maybe",
          "0.5",
          "12",
          "1e3",
          "core",
          "lac",
          "C1",
          "\uFEFF",
          "é",
          "\u0000",
          "x",
        ),
        { maxLength: 80 },
      ),
    ),
  )
  .map(([, columns, body]) =>
    Buffer.from(`record_type,${columns.join(",")}\n${body.join("")}`, "utf8"),
  );

const anyInput = fc.oneof(
  fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes)),
  fc.string({ unit: "binary", maxLength: 200 }).map((text) => Buffer.from(text, "utf8")),
  canonicalNoise,
);

describe("canonical CSV under arbitrary input", () => {
  it("never throws, reports only known rules, and ignores how the input is split", async () => {
    await fc.assert(
      fc.asyncProperty(anyInput, cuts, async (data, at) => {
        const whole = await runCanonical(splitAt(data, []), "fuzz.csv");
        const split = await runCanonical(splitAt(data, at), "fuzz.csv");
        expect(split).toEqual(whole);
        for (const p of whole.problems) {
          expect(KNOWN_RULES.has(p.rule), p.rule).toBe(true);
          expect(["error", "warning"]).toContain(p.severity);
          expect(p.file).toBe("fuzz.csv");
          expect(Number.isInteger(p.row) && (p.row ?? 0) >= 1).toBe(true);
          expect(p.message.length).toBeGreaterThan(20);
        }
        expect(whole.records.length).toBeLessThanOrEqual(whole.result.rows);
        for (const { type } of whole.records) expect(type).toBe(whole.result.recordType);
      }),
      { numRuns: 1_000 },
    );
  }, 30_000);
});
