import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  BenchmarkLookupError,
  type BenchmarksParseResult,
  ENGLAND_AREA_CODE,
  englandValue,
  type NeighbourRow,
  neighboursOf,
  type PublishedValue,
  parseBenchmarksCsv,
  publishedValue,
  quartileBand,
  statisticalNeighbourMean,
} from "./benchmarks.ts";

/** The shared data folder sits beside the checkout (`../shared`). */
const shared = (name: string) =>
  readFileSync(new URL(`../../../../shared/data/benchmarks/${name}`, import.meta.url), "utf8");

function published(result: BenchmarksParseResult): PublishedValue[] {
  if (!result.ok || result.file.kind !== "published_values")
    throw new Error(JSON.stringify(result));
  return result.file.rows;
}

function neighbours(result: BenchmarksParseResult): NeighbourRow[] {
  if (!result.ok || result.file.kind !== "statistical_neighbours")
    throw new Error(JSON.stringify(result));
  return result.file.rows;
}

const HEADER = "indicator_id,year,area_code,area_name,value,source";
const codes = (result: BenchmarksParseResult) =>
  result.ok ? [] : result.errors.map((e) => [e.code, e.line, e.column]);

describe("parseBenchmarksCsv on the shared files", () => {
  const text = shared("published-values.csv");
  const rows = published(parseBenchmarksCsv(text));

  it("reads every row of published-values.csv", () => {
    const dataLines = text.split("\n").filter((l) => l.trim() !== "").length - 1;
    expect(rows).toHaveLength(dataLines);
    expect(rows[0]).toEqual({
      indicatorId: "referrals",
      year: "2012-13",
      areaCode: ENGLAND_AREA_CODE,
      areaName: "England",
      value: 593470,
      marker: null,
      source: "DfE LAIT / CIN-CLA statistical releases, as published by 2025", // quoted comma
      line: 2,
    });
  });

  it("looks up England and the council", () => {
    expect(englandValue(rows, "assessments_45wd", "2024-25")?.value).toBe(85.7);
    expect(englandValue(rows, "lac_3plus_placements", "2024-25")?.value).toBe(10);
    expect(englandValue(rows, "assessments_45wd", "2013-14")).toBeNull(); // not published
    const own = publishedValue(rows, {
      indicatorId: "cpp_second_or_subsequent",
      year: "2016-17",
      areaCode: "E06000031",
    });
    expect(own?.value).toBe(24); // written 24.0 in the file
  });

  it("reads statistical-neighbours.csv", () => {
    const list = neighbours(parseBenchmarksCsv(shared("statistical-neighbours.csv")));
    expect(list).toHaveLength(10);
    const peterborough = neighboursOf(list, "874");
    expect(peterborough.map((n) => n.neighbourName).slice(0, 3)).toEqual([
      "Coventry",
      "Derby",
      "Hillingdon",
    ]);
    expect(peterborough[0]).toMatchObject({
      laCode: "874",
      laName: "Peterborough",
      neighbourCode: "331",
      closeness: "very close",
      listVersion: "DfE statistical neighbours May 2025",
      line: 2,
    });
    expect(neighboursOf(list, "999")).toEqual([]);
  });
});

describe("parseBenchmarksCsv: coded errors", () => {
  const one = (row: string) => parseBenchmarksCsv(`${HEADER}\n${row}\n`);

  it("file-level problems", () => {
    expect(codes(parseBenchmarksCsv(""))).toEqual([["BENCH_EMPTY", null, null]]);
    expect(codes(parseBenchmarksCsv("\n\n"))).toEqual([["BENCH_EMPTY", null, null]]);
    expect(codes(parseBenchmarksCsv("id,value\nx,1\n"))).toEqual([
      ["BENCH_HEADER_UNKNOWN", 1, null],
    ]);
    expect(codes(parseBenchmarksCsv(`${HEADER}\nreferrals,"2012-13\n`))).toEqual([
      ["BENCH_CSV_MALFORMED", 2, null],
    ]);
  });

  it("row-level problems name the line and column", () => {
    expect(codes(one("referrals,2012-13,E92000001,England,593470"))).toEqual([
      ["BENCH_COLUMN_COUNT", 2, null],
    ]);
    expect(codes(one("referals,2012-13,E92000001,England,1,s"))).toEqual([
      ["BENCH_INDICATOR_UNKNOWN", 2, "indicator_id"],
    ]);
    expect(codes(one("referrals,2012-14,E92000001,England,1,s"))).toEqual([
      ["BENCH_YEAR_INVALID", 2, "year"],
    ]);
    expect(codes(one("referrals,2012,E92000001,England,1,s"))).toEqual([
      ["BENCH_YEAR_INVALID", 2, "year"],
    ]);
    expect(codes(one("referrals,2012-13,874,England,1,s"))).toEqual([
      ["BENCH_AREA_CODE_INVALID", 2, "area_code"],
    ]);
    expect(codes(one("referrals,2012-13,E92000001,,1,s"))).toEqual([
      ["BENCH_FIELD_MISSING", 2, "area_name"],
    ]);
    expect(codes(one("referrals,2012-13,E92000001,England,1e3,s"))).toEqual([
      ["BENCH_VALUE_INVALID", 2, "value"],
    ]);
    expect(codes(one("referrals,2012-13,E92000001,England,-4,s"))).toEqual([
      ["BENCH_VALUE_INVALID", 2, "value"],
    ]);
    expect(codes(one("referrals,2012-13,E92000001,England,10.5,s"))).toEqual([
      ["BENCH_VALUE_OUT_OF_RANGE", 2, "value"],
    ]);
    expect(codes(one("re_referrals_12m,2012-13,E92000001,England,100.1,s"))).toEqual([
      ["BENCH_VALUE_OUT_OF_RANGE", 2, "value"],
    ]);
    expect(codes(one("referrals,2012-13,E92000001,England,1,"))).toEqual([
      ["BENCH_FIELD_MISSING", 2, "source"],
    ]);
  });

  it("reports every problem in the file, in line order, and no rows", () => {
    const result = parseBenchmarksCsv(
      `${HEADER}\nreferrals,2012-13,E92000001,England,1,s\nnope,2012-13,E92000001,England,1,s\n\nreferrals,13-14,E92000001,England,1,s\n`,
    );
    expect(codes(result)).toEqual([
      ["BENCH_INDICATOR_UNKNOWN", 3, "indicator_id"],
      ["BENCH_YEAR_INVALID", 5, "year"], // the blank line 4 is skipped but still counted
    ]);
  });

  it("the same figure twice from one source is a duplicate; from two sources, a revision", () => {
    const row = "re_referrals_12m,2012-13,E92000001,England,24.7,DfE 2013";
    expect(codes(parseBenchmarksCsv(`${HEADER}\n${row}\n${row}\n`))).toEqual([
      ["BENCH_DUPLICATE", 3, null],
    ]);
    const revised = published(
      parseBenchmarksCsv(
        `${HEADER}\n${row}\nre_referrals_12m,2012-13,E92000001,England,24.9,DfE 2014\n`,
      ),
    );
    expect(revised).toHaveLength(2);
    expect(() => englandValue(revised, "re_referrals_12m", "2012-13")).toThrow(
      BenchmarkLookupError,
    );
    expect(englandValue(revised, "re_referrals_12m", "2012-13", "DfE 2014")?.value).toBe(24.9);
  });

  it("DfE markers stand for a missing figure", () => {
    const rows = published(one("re_referrals_12m,2012-13,E06000031,Peterborough,c,s"));
    expect(rows[0]).toMatchObject({ value: null, marker: "c" });
    expect(published(one("re_referrals_12m,2012-13,E06000031,Peterborough,..,s"))[0]?.marker).toBe(
      "..",
    );
  });

  it("neighbour lists", () => {
    const head = "la_code,la_name,neighbour_code,neighbour_name,closeness,list_version";
    const nb = (row: string) => parseBenchmarksCsv(`${head}\n${row}\n`);
    expect(codes(nb("874,Peterborough,33,Coventry,close,v1"))).toEqual([
      ["BENCH_LA_CODE_INVALID", 2, "neighbour_code"],
    ]);
    expect(codes(nb("874,Peterborough,874,Peterborough,close,v1"))).toEqual([
      ["BENCH_SELF_NEIGHBOUR", 2, "neighbour_code"],
    ]);
    expect(codes(nb("874,Peterborough,331,Coventry,close,"))).toEqual([
      ["BENCH_FIELD_MISSING", 2, "list_version"],
    ]);
    const twice = "874,Peterborough,331,Coventry,close,v1";
    expect(codes(parseBenchmarksCsv(`${head}\n${twice}\n${twice}\n`))).toEqual([
      ["BENCH_DUPLICATE", 3, null],
    ]);
    const versions = neighbours(
      parseBenchmarksCsv(`${head}\n${twice}\n874,Peterborough,831,Derby,close,v2\n`),
    );
    expect(() => neighboursOf(versions, "874")).toThrow(BenchmarkLookupError);
    expect(neighboursOf(versions, "874", "v2").map((n) => n.neighbourName)).toEqual(["Derby"]);
  });

  it("never throws, whatever the text (property)", () => {
    fc.assert(
      fc.property(fc.string(), (tail) => {
        const result = parseBenchmarksCsv(`${HEADER}\n${tail}`);
        expect(typeof result.ok).toBe("boolean");
      }),
    );
  });
});

describe("statisticalNeighbourMean", () => {
  it("unweighted, missing values dropped (not counted as 0)", () => {
    // 331: 20.0, 831: 25.0, 312: missing (null), 350: 18.5, 852: not in the data at all
    // mean = (20 + 25 + 18.5) / 3 = 63.5 / 3 = 21.1666...
    const values = new Map<string, number | null>([
      ["331", 20],
      ["831", 25],
      ["312", null],
      ["350", 18.5],
    ]);
    const result = statisticalNeighbourMean(["331", "831", "312", "350", "852"], values);
    expect(result.mean).toBeCloseTo(63.5 / 3, 12);
    expect(result.used).toEqual(["331", "831", "350"]);
    expect(result.missing).toEqual(["312", "852"]);
  });

  it("no values at all: no mean", () => {
    expect(statisticalNeighbourMean(["331"], new Map())).toEqual({
      mean: null,
      used: [],
      missing: ["331"],
    });
    expect(statisticalNeighbourMean([], new Map()).mean).toBeNull();
  });
});

describe("quartileBand", () => {
  // eight councils: 90 85 80 75 70 65 60 55; quarters of 8 are ranks 1-2, 3-4, 5-6, 7-8
  const all = [60, 85, 55, 90, 75, 70, 80, 65];

  it.each([
    [90, "high", "A", 1],
    [85, "high", "A", 2],
    [80, "high", "B", 3],
    [70, "high", "C", 5],
    [55, "high", "D", 8],
    [55, "low", "A", 1], // lower is better: the smallest is best
    [60, "low", "A", 2],
    [90, "low", "D", 8],
  ] as const)("%d with polarity %s is band %s (rank %i of 8)", (value, polarity, band, rank) => {
    expect(quartileBand(value, all, polarity)).toEqual({ band, rank, of: 8 });
  });

  it("ties share the best rank among them", () => {
    // 90 80 80 80 70 60 50 40: the three 80s are all rank 2 (band A, 2 <= 8/4)
    expect(quartileBand(80, [90, 80, 80, 80, 70, 60, 50, 40], "high")).toEqual({
      band: "A",
      rank: 2,
      of: 8,
    });
  });

  it("a value not in the list is ranked as one more council", () => {
    // 87 among the eight: one better (90), rank 2 of 9; 2 * 4 = 8 <= 9: A
    expect(quartileBand(87, all, "high")).toEqual({ band: "A", rank: 2, of: 9 });
  });

  it("152 councils: 38 to a band", () => {
    const values = Array.from({ length: 152 }, (_, i) => i + 1); // 1..152, high is good
    const band = (v: number) => quartileBand(v, values, "high")?.band;
    expect([
      band(152),
      band(115),
      band(114),
      band(77),
      band(76),
      band(39),
      band(38),
      band(1),
    ]).toEqual(["A", "A", "B", "B", "C", "C", "D", "D"]);
  });

  it("missing values are ignored; polarity none or no value gives no band", () => {
    expect(quartileBand(70, [80, null, 70, null, 60, 50], "high")).toEqual({
      band: "B",
      rank: 2,
      of: 4,
    });
    // with fewer than four councils the quarters are thin: the better of two is in the
    // top half, not the top quarter
    expect(quartileBand(80, [80, 70], "high")?.band).toBe("B");
    expect(quartileBand(80, all, "none")).toBeNull();
    expect(quartileBand(null, all, "high")).toBeNull();
  });

  it("a better value never gets a worse band (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 160 }),
        (vs) => {
          const order = { A: 0, B: 1, C: 2, D: 3 };
          const sorted = [...vs].sort((a, b) => b - a);
          let last = -1;
          for (const v of sorted) {
            const b = quartileBand(v, vs, "high");
            if (b === null) throw new Error("no band");
            expect(order[b.band]).toBeGreaterThanOrEqual(last);
            last = order[b.band];
          }
        },
      ),
    );
  });
});
