import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  formatDifference,
  formatFixed,
  formatTarget,
  formatTrimmed,
  formatValue,
  roundHalfUp,
  toMicro,
} from "./numbers.ts";

describe("roundHalfUp: on the decimal as written, not its binary approximation", () => {
  it.each([
    [81.25, 1, 81.3], // the spec's example
    [4.165, 2, 4.17], // stored as 4.16499999...; a naive Math.round gives 4.16
    [1.005, 2, 1.01], // stored as 1.00499999...
    [0.05, 1, 0.1],
    [71.24, 1, 71.2],
    [71.25, 1, 71.3],
    [2.5, 0, 3],
    [-2.5, 0, -3], // half away from zero
    [-0.04, 1, 0], // never -0
    [100, 1, 100],
  ])("%d to %i dp is %d", (x, dp, expected) => {
    expect(Object.is(roundHalfUp(x, dp), expected)).toBe(true);
  });

  it("refuses non-finite input and silly precision", () => {
    expect(() => roundHalfUp(Number.NaN, 1)).toThrow(RangeError);
    expect(() => roundHalfUp(1, -1)).toThrow(RangeError);
    expect(() => roundHalfUp(1, 1.5)).toThrow(RangeError);
  });

  it("agrees with exact integer rounding of tenths", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (hundredths) => {
        // hundredths/100 to 1 dp, half up = floor((hundredths + 5) / 10) / 10
        expect(roundHalfUp(hundredths / 100, 1)).toBe(Math.floor((hundredths + 5) / 10) / 10);
      }),
    );
  });
});

describe("display forms", () => {
  it("fixed decimals with thousands separators", () => {
    expect(formatFixed(632830, 0)).toBe("632,830");
    expect(formatFixed(71.15, 1)).toBe("71.2");
    expect(formatFixed(-1234.5, 1)).toBe("-1,234.5");
    expect(formatFixed(0, 1)).toBe("0.0");
    expect(formatFixed(-0.01, 1)).toBe("0.0");
  });

  it("trims trailing zeros for targets", () => {
    expect(formatTrimmed(80, 1)).toBe("80");
    expect(formatTrimmed(82.5, 1)).toBe("82.5");
    expect(formatTrimmed(100, 1)).toBe("100");
    expect(formatTrimmed(4.1, 2)).toBe("4.1");
    expect(formatTarget(80, "percent", 1)).toBe("80%");
    expect(formatTarget(1200, "count", 0)).toBe("1,200");
  });

  it("values and differences", () => {
    expect(formatValue(77, "percent", 1)).toBe("77.0%");
    expect(formatValue(1204, "count", 0)).toBe("1,204");
    expect(formatDifference(8.8, "percent", 1)).toBe("8.8 points");
    expect(formatDifference(1, "percent", 0)).toBe("1 point");
    expect(formatDifference(30, "count", 0)).toBe("30");
  });

  it("toMicro makes decimal differences exact", () => {
    expect(64.4 - 59.4).not.toBe(5); // 5.000000000000007
    expect(toMicro(64.4) - toMicro(59.4)).toBe(5_000_000);
  });
});
