import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  civilFromDays,
  compareDates,
  dayOfWeek,
  daysBetween,
  daysFromCivil,
  daysInMonth,
  endOfMonth,
  formatIsoDate,
  fromDayNumber,
  isIsoDate,
  isLeapYear,
  isWeekend,
  parseIsoDate,
  startOfMonth,
  toDayNumber,
  tryParseIsoDate,
} from "./dates.ts";

describe("parsing and validation", () => {
  it("accepts real YYYY-MM-DD dates", () => {
    expect(parseIsoDate("2024-02-29")).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseIsoDate("2000-02-29")).toEqual({ year: 2000, month: 2, day: 29 });
    expect(isIsoDate("1999-12-31")).toBe(true);
  });

  it.each([
    "2023-02-29", // not a leap year
    "1900-02-29", // century not divisible by 400
    "2024-04-31",
    "2024-13-01",
    "2024-00-10",
    "2024-01-00",
    "2024-1-05",
    "24-01-05",
    "2024/01/05",
    "2024-01-05T00:00",
    " 2024-01-05",
    "",
    "abcd-ef-gh",
  ])("rejects %j", (s) => {
    expect(tryParseIsoDate(s)).toBeNull();
    expect(isIsoDate(s)).toBe(false);
    expect(() => parseIsoDate(s)).toThrow(RangeError);
    expect(() => toDayNumber(s)).toThrow(RangeError);
  });

  it("rejects non-strings", () => {
    expect(isIsoDate(20240105)).toBe(false);
    expect(isIsoDate(null)).toBe(false);
  });

  it("knows leap years and month lengths", () => {
    expect([1900, 2000, 2023, 2024, 2100].map(isLeapYear)).toEqual([
      false,
      true,
      false,
      true,
      false,
    ]);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2024, 4)).toBe(30);
    expect(daysInMonth(2024, 12)).toBe(31);
  });

  it("formats with zero padding and refuses impossible dates", () => {
    expect(formatIsoDate({ year: 987, month: 3, day: 4 })).toBe("0987-03-04");
    expect(() => formatIsoDate({ year: 2023, month: 2, day: 29 })).toThrow(RangeError);
    expect(() => formatIsoDate({ year: 10000, month: 1, day: 1 })).toThrow(RangeError);
  });
});

describe("day numbers", () => {
  it("counts from 1970-01-01", () => {
    expect(toDayNumber("1970-01-01")).toBe(0);
    expect(toDayNumber("1970-01-02")).toBe(1);
    expect(toDayNumber("1969-12-31")).toBe(-1);
    expect(toDayNumber("2000-01-01")).toBe(10957);
    expect(fromDayNumber(19782)).toBe("2024-02-29");
  });

  it("agrees with Date.UTC over a wide range", () => {
    fc.assert(
      fc.property(fc.integer({ min: -700000, max: 2900000 }), (n) => {
        const iso = new Date(n * 86400000).toISOString().slice(0, 10);
        expect(fromDayNumber(n)).toBe(iso);
        expect(toDayNumber(iso)).toBe(n);
      }),
    );
  });

  it("round-trips civil dates", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000000 }), (n) => {
        const c = civilFromDays(n);
        expect(daysFromCivil(c.year, c.month, c.day)).toBe(n);
      }),
    );
  });
});

describe("addDays", () => {
  it("crosses month, year and leap boundaries", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2023-02-28", 1)).toBe("2023-03-01");
    expect(addDays("2023-12-31", 1)).toBe("2024-01-01");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
    expect(addDays("2024-01-01", 366)).toBe("2025-01-01");
    expect(addDays("2024-05-05", 0)).toBe("2024-05-05");
  });

  it("around the UK clock changes (no hour drift)", () => {
    expect(addDays("2024-03-30", 1)).toBe("2024-03-31");
    expect(addDays("2024-03-31", 1)).toBe("2024-04-01");
    expect(addDays("2024-10-26", 2)).toBe("2024-10-28");
  });

  it("refuses fractional days", () => {
    expect(() => addDays("2024-01-01", 0.5)).toThrow(RangeError);
  });
});

describe("addMonths (clamped to month end)", () => {
  it.each([
    ["2024-01-31", 1, "2024-02-29"], // leap year
    ["2023-01-31", 1, "2023-02-28"],
    ["2100-01-31", 1, "2100-02-28"], // century, not leap
    ["2000-01-31", 1, "2000-02-29"], // divisible by 400, leap
    ["2024-03-31", -1, "2024-02-29"],
    ["2023-03-31", -1, "2023-02-28"],
    ["2024-02-29", 12, "2025-02-28"],
    ["2024-02-29", -12, "2023-02-28"],
    ["2024-02-29", 48, "2028-02-29"],
    ["2024-02-29", 1, "2024-03-29"], // keeps the 29th, not month end
    ["2024-05-31", -1, "2024-04-30"],
    ["2024-08-31", 1, "2024-09-30"],
    ["2024-01-15", 0, "2024-01-15"],
    ["2024-11-30", 3, "2025-02-28"],
    ["2024-01-10", -1, "2023-12-10"],
    ["2024-01-10", -13, "2022-12-10"],
    ["2023-06-15", 25, "2025-07-15"],
  ] as const)("%s %+d months = %s", (date, n, expected) => {
    expect(addMonths(date, n)).toBe(expected);
  });

  it("never overshoots the target month", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: toDayNumber("1900-01-01"), max: toDayNumber("2100-12-31") }),
        fc.integer({ min: -400, max: 400 }),
        (n, months) => {
          const from = civilFromDays(n);
          const to = parseIsoDate(addMonths(fromDayNumber(n), months));
          expect(to.year * 12 + to.month).toBe(from.year * 12 + from.month + months);
          expect(to.day).toBe(Math.min(from.day, daysInMonth(to.year, to.month)));
        },
      ),
    );
  });
});

describe("comparison, month bounds and weekdays", () => {
  it("compares dates", () => {
    expect(compareDates("2024-01-01", "2024-01-02")).toBe(-1);
    expect(compareDates("2024-01-02", "2024-01-02")).toBe(0);
    expect(compareDates("2025-01-01", "2024-12-31")).toBe(1);
    expect(() => compareDates("2024-01-01", "garbage")).toThrow(RangeError);
    expect(daysBetween("2022-01-01", "2024-01-01")).toBe(730);
    expect(daysBetween("2024-01-01", "2022-01-01")).toBe(-730);
  });

  it("finds month starts and ends", () => {
    expect(startOfMonth("2024-02-17")).toBe("2024-02-01");
    expect(endOfMonth("2024-02-17")).toBe("2024-02-29");
    expect(endOfMonth("2023-02-01")).toBe("2023-02-28");
    expect(endOfMonth("2024-12-05")).toBe("2024-12-31");
  });

  it("gives the ISO weekday (Monday = 1)", () => {
    expect(dayOfWeek("1970-01-01")).toBe(4); // Thursday
    expect(dayOfWeek("2024-01-01")).toBe(1); // Monday
    expect(dayOfWeek("2024-01-07")).toBe(7); // Sunday
    expect(dayOfWeek("1969-12-28")).toBe(7); // before day 0
    expect(isWeekend("2024-01-06")).toBe(true);
    expect(isWeekend("2024-01-05")).toBe(false);
  });

  it("weekday agrees with Date.getUTCDay", () => {
    fc.assert(
      fc.property(fc.integer({ min: -100000, max: 100000 }), (n) => {
        const jsDay = new Date(n * 86400000).getUTCDay(); // 0 = Sunday
        expect(dayOfWeek(fromDayNumber(n))).toBe(jsDay === 0 ? 7 : jsDay);
      }),
    );
  });
});
