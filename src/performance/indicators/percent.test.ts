import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { percentValue, ratioValue } from "./percent.ts";

describe("percentValue: 100 * n / d to one decimal, half up on the exact fraction", () => {
  it.each([
    [13, 16, 81.3], // 1300/16 = 81.25 exactly: half up gives 81.3
    [1, 3, 33.3], // 33.333...
    [2, 3, 66.7], // 66.666...
    [1, 8, 12.5], // exact
    [1, 16, 6.3], // 6.25
    [1, 80, 1.3], // 1.25
    [1, 160, 0.6], // 0.625 -> 0.6 (6.25 tenths rounds to 6)
    [3, 160, 1.9], // 1.875
    [0, 5, 0],
    [5, 5, 100],
    [999, 1000, 99.9],
    [9999, 10000, 100], // 99.99 -> 100.0
  ])("%i / %i = %d", (n, d, expected) => {
    expect(percentValue(n, d)).toBe(expected);
  });

  it("denominator 0 gives null (no data), never 0 or 100", () => {
    expect(percentValue(0, 0)).toBeNull();
  });

  it("refuses fractions and negatives", () => {
    expect(() => percentValue(1.5, 3)).toThrow(RangeError);
    expect(() => percentValue(-1, 3)).toThrow(RangeError);
  });

  it("agrees with exact rational rounding", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5_000_000 }), fc.nat(), (d, k) => {
        const n = k % (d + 1);
        // tenths = floor((1000 n + d/2) / d), all in BigInt
        const tenths = (BigInt(n) * 2000n + BigInt(d)) / (2n * BigInt(d));
        expect(percentValue(n, d)).toBe(Number(tenths) / 10);
      }),
    );
  });
});

describe("ratioValue: per * n / d to one decimal, half up", () => {
  it.each([
    [3, 25_000, 10_000, 1.2],
    [1, 200_000, 10_000, 0.1], // 0.05 exactly: half up
    [3, 640_000, 10_000, 0], // 0.046875
    [13, 16, 100, 81.3], // the same as percentValue
    [617, 123_456, 10_000, 50], // 49.977...
  ])("%i / %i per %i = %d", (n, d, per, expected) => {
    expect(ratioValue(n, d, per)).toBe(expected);
  });

  it("null for no denominator; refuses a bad scale", () => {
    expect(ratioValue(0, 0, 10_000)).toBeNull();
    expect(() => ratioValue(1, 2, 0)).toThrow(RangeError);
    expect(() => ratioValue(1, 2, 2.5)).toThrow(RangeError);
  });
});
