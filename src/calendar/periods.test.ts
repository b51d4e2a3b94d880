import { describe, expect, it } from "vitest";
import {
  calendarMonth,
  financialYear,
  financialYearContaining,
  financialYearLabel,
  financialYearStartYear,
  financialYearsBetween,
  isInPeriod,
  monthContaining,
  monthsBetween,
  period,
  rolling12Months,
  yearToDate,
} from "./periods.ts";

describe("period", () => {
  it("is inclusive at both ends", () => {
    const p = period("2024-04-01", "2024-04-30");
    expect(isInPeriod("2024-04-01", p)).toBe(true);
    expect(isInPeriod("2024-04-30", p)).toBe(true);
    expect(isInPeriod("2024-03-31", p)).toBe(false);
    expect(isInPeriod("2024-05-01", p)).toBe(false);
  });

  it("may be a single day but not end before it starts", () => {
    expect(period("2024-04-01", "2024-04-01")).toEqual({ from: "2024-04-01", to: "2024-04-01" });
    expect(() => period("2024-04-02", "2024-04-01")).toThrow(RangeError);
    expect(() => period("2024-04-31", "2024-05-01")).toThrow(RangeError);
  });
});

describe("calendar months", () => {
  it("cover whole months", () => {
    expect(calendarMonth(2024, 2)).toEqual({ from: "2024-02-01", to: "2024-02-29" });
    expect(calendarMonth(2023, 2)).toEqual({ from: "2023-02-01", to: "2023-02-28" });
    expect(monthContaining("2024-12-17")).toEqual({ from: "2024-12-01", to: "2024-12-31" });
  });

  it("lists every month overlapping a range", () => {
    expect(monthsBetween("2023-11-15", "2024-02-03")).toEqual([
      { from: "2023-11-01", to: "2023-11-30" },
      { from: "2023-12-01", to: "2023-12-31" },
      { from: "2024-01-01", to: "2024-01-31" },
      { from: "2024-02-01", to: "2024-02-29" },
    ]);
    expect(monthsBetween("2024-05-05", "2024-05-06")).toEqual([
      { from: "2024-05-01", to: "2024-05-31" },
    ]);
    expect(monthsBetween("2020-01-01", "2024-12-31")).toHaveLength(60);
    expect(() => monthsBetween("2024-02-01", "2024-01-01")).toThrow(RangeError);
  });
});

describe("financial years (April to March)", () => {
  it("start in April", () => {
    expect(financialYearStartYear("2024-03-31")).toBe(2023);
    expect(financialYearStartYear("2024-04-01")).toBe(2024);
    expect(financialYear(2023)).toEqual({ from: "2023-04-01", to: "2024-03-31" });
    expect(financialYearContaining("2024-01-15")).toEqual(financialYear(2023));
    expect(financialYearLabel(2023)).toBe("2023-24");
    expect(financialYearLabel(1999)).toBe("1999-00");
  });

  it("year to date runs from the financial year's 1 April", () => {
    expect(yearToDate("2024-01-15")).toEqual({ from: "2023-04-01", to: "2024-01-15" });
    expect(yearToDate("2024-04-01")).toEqual({ from: "2024-04-01", to: "2024-04-01" });
    expect(yearToDate("2024-03-31")).toEqual({ from: "2023-04-01", to: "2024-03-31" });
  });

  it("lists the financial years overlapping a range", () => {
    expect(financialYearsBetween("2023-03-31", "2024-04-01")).toEqual([
      financialYear(2022),
      financialYear(2023),
      financialYear(2024),
    ]);
    expect(financialYearsBetween("2023-05-01", "2023-06-01")).toEqual([financialYear(2023)]);
  });
});

describe("rolling 12 months", () => {
  it.each([
    ["2024-03-31", "2023-04-01"],
    ["2024-02-29", "2023-03-01"], // addMonths(-12) clamps to 2023-02-28, then + 1 day
    ["2025-02-28", "2024-02-29"], // addMonths(-12) = 2024-02-28, + 1 day
    ["2024-12-31", "2024-01-01"],
    ["2024-01-01", "2023-01-02"],
  ])("ending %s starts %s", (to, from) => {
    expect(rolling12Months(to)).toEqual({ from, to });
  });
});
