import { describe, expect, it } from "vitest";
import { readBoolean, readDate, readInteger, readList, readNumeric, readText } from "./values.ts";

describe("cell readers", () => {
  it("readDate takes real YYYY-MM-DD dates from 1900 to 2099 only", () => {
    expect(readDate(" 2012-02-29 ")).toBe("2012-02-29");
    expect(readDate("1900-01-01")).toBe("1900-01-01");
    expect(readDate("2099-12-31")).toBe("2099-12-31");
    expect(readDate("")).toBeNull();
    expect(readDate("   ")).toBeNull();
    for (const bad of [
      "2011-02-29",
      "1900-02-29",
      "2012-04-31",
      "2012-00-10",
      "2012-13-01",
      "2012-01-00",
      "1899-12-31",
      "2100-01-01",
      "0217-03-31",
      "29/02/2012",
      "2012-2-1",
      "20120201",
      "2012-02-01T00:00:00",
      "２０１２-02-01",
    ]) {
      expect(readDate(bad), bad).toBeUndefined();
    }
  });

  it("readBoolean takes true/false, 1/0 and yes/no in any case", () => {
    for (const yes of ["true", "TRUE", " True ", "1", "yes", "YES"])
      expect(readBoolean(yes)).toBe(true);
    for (const no of ["false", "False", "0", "no", " No"]) expect(readBoolean(no)).toBe(false);
    expect(readBoolean(" ")).toBeNull();
    for (const bad of ["y", "n", "t", "f", "2", "01", "-1", "on", "off", "not known"]) {
      expect(readBoolean(bad), bad).toBeUndefined();
    }
  });

  it("readInteger takes plain whole numbers that fit a Postgres integer", () => {
    expect(readInteger("0")).toBe(0);
    expect(readInteger("-0")).toBe(0);
    expect(Object.is(readInteger("-0"), 0)).toBe(true);
    expect(readInteger(" 2012 ")).toBe(2012);
    expect(readInteger("007")).toBe(7);
    expect(readInteger("2147483647")).toBe(2147483647);
    expect(readInteger("-2147483648")).toBe(-2147483648);
    expect(readInteger("")).toBeNull();
    for (const bad of ["2147483648", "1.0", "1e3", "+1", "1,000", "1 000", "0x10", "two", "-"]) {
      expect(readInteger(bad), bad).toBeUndefined();
    }
  });

  it("readNumeric takes plain decimals", () => {
    expect(readNumeric("0.5")).toBe(0.5);
    expect(readNumeric(".5")).toBe(0.5);
    expect(readNumeric("1.")).toBe(1);
    expect(readNumeric("-2.25")).toBe(-2.25);
    expect(readNumeric("")).toBeNull();
    for (const bad of [
      "0,5",
      "1e0",
      "50%",
      ".",
      "-.",
      "1.2.3",
      "Infinity",
      "NaN",
      `1${"0".repeat(400)}`,
    ]) {
      expect(readNumeric(bad), bad).toBeUndefined();
    }
  });

  it("readList splits on semicolons, trims and drops empty items", () => {
    expect(readList("")).toEqual([]);
    expect(readList(" ; ;")).toEqual([]);
    expect(readList("a; b ;;c;")).toEqual(["a", "b", "c"]);
    expect(readList("b;a;b")).toEqual(["b", "a", "b"]);
  });

  it("readText trims, and empty is null", () => {
    expect(readText("  x y ")).toBe("x y");
    expect(readText(" \t ")).toBeNull();
  });
});
