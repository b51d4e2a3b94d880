import { describe, expect, it } from "vitest";
import {
  bankHolidaysForYear,
  ENGLAND_AND_WALES_BANK_HOLIDAYS,
  easterSunday,
  isBankHoliday,
} from "./bank-holidays.ts";
import { addDays, dayOfWeek } from "./dates.ts";

const datesOf = (year: number) => bankHolidaysForYear(year).map((h) => h.date);

describe("easterSunday", () => {
  // Published Easter Sundays (Church of England tables).
  it.each([
    [1818, "1818-03-22"], // earliest possible
    [1943, "1943-04-25"], // latest possible
    [2000, "2000-04-23"],
    [2002, "2002-03-31"],
    [2008, "2008-03-23"],
    [2011, "2011-04-24"],
    [2012, "2012-04-08"],
    [2019, "2019-04-21"],
    [2020, "2020-04-12"],
    [2022, "2022-04-17"],
    [2023, "2023-04-09"],
    [2024, "2024-03-31"],
    [2025, "2025-04-20"],
    [2026, "2026-04-05"],
    [2027, "2027-03-28"],
    [2038, "2038-04-25"],
    [2285, "2285-03-22"],
  ])("%i: %s", (year, expected) => {
    expect(easterSunday(year)).toBe(expected);
  });

  it("is always a Sunday between 22 March and 25 April", () => {
    for (let year = 1600; year <= 2400; year++) {
      const easter = easterSunday(year);
      expect(dayOfWeek(easter)).toBe(7);
      const monthDay = easter.slice(5);
      expect(monthDay >= "03-22" && monthDay <= "04-25").toBe(true);
    }
  });

  it("refuses years outside the Gregorian calendar", () => {
    expect(() => easterSunday(1500)).toThrow(RangeError);
  });
});

describe("full years against the published lists", () => {
  it.each([
    [
      2002, // Golden Jubilee: spring holiday moved from 27 May to 4 June, extra 3 June
      [
        "2002-01-01",
        "2002-03-29",
        "2002-04-01",
        "2002-05-06",
        "2002-06-03",
        "2002-06-04",
        "2002-08-26",
        "2002-12-25",
        "2002-12-26",
      ],
    ],
    [
      2010,
      [
        "2010-01-01",
        "2010-04-02",
        "2010-04-05",
        "2010-05-03",
        "2010-05-31",
        "2010-08-30",
        "2010-12-27",
        "2010-12-28",
      ],
    ],
    [
      2011, // royal wedding; New Year on a Saturday
      [
        "2011-01-03",
        "2011-04-22",
        "2011-04-25",
        "2011-04-29",
        "2011-05-02",
        "2011-05-30",
        "2011-08-29",
        "2011-12-26",
        "2011-12-27",
      ],
    ],
    [
      2012, // Diamond Jubilee: spring holiday moved from 28 May to 4 June, extra 5 June
      [
        "2012-01-02",
        "2012-04-06",
        "2012-04-09",
        "2012-05-07",
        "2012-06-04",
        "2012-06-05",
        "2012-08-27",
        "2012-12-25",
        "2012-12-26",
      ],
    ],
    [
      2016,
      [
        "2016-01-01",
        "2016-03-25",
        "2016-03-28",
        "2016-05-02",
        "2016-05-30",
        "2016-08-29",
        "2016-12-26",
        "2016-12-27",
      ],
    ],
    [
      2020, // VE Day: early May holiday moved from 4 May to Friday 8 May; Boxing Day Saturday
      [
        "2020-01-01",
        "2020-04-10",
        "2020-04-13",
        "2020-05-08",
        "2020-05-25",
        "2020-08-31",
        "2020-12-25",
        "2020-12-28",
      ],
    ],
    [
      2021,
      [
        "2021-01-01",
        "2021-04-02",
        "2021-04-05",
        "2021-05-03",
        "2021-05-31",
        "2021-08-30",
        "2021-12-27",
        "2021-12-28",
      ],
    ],
    [
      2022, // Platinum Jubilee (spring moved to 2 June, extra 3 June) and the state funeral
      [
        "2022-01-03",
        "2022-04-15",
        "2022-04-18",
        "2022-05-02",
        "2022-06-02",
        "2022-06-03",
        "2022-08-29",
        "2022-09-19",
        "2022-12-26",
        "2022-12-27",
      ],
    ],
    [
      2023, // coronation
      [
        "2023-01-02",
        "2023-04-07",
        "2023-04-10",
        "2023-05-01",
        "2023-05-08",
        "2023-05-29",
        "2023-08-28",
        "2023-12-25",
        "2023-12-26",
      ],
    ],
    [
      2024,
      [
        "2024-01-01",
        "2024-03-29",
        "2024-04-01",
        "2024-05-06",
        "2024-05-27",
        "2024-08-26",
        "2024-12-25",
        "2024-12-26",
      ],
    ],
    [
      2025,
      [
        "2025-01-01",
        "2025-04-18",
        "2025-04-21",
        "2025-05-05",
        "2025-05-26",
        "2025-08-25",
        "2025-12-25",
        "2025-12-26",
      ],
    ],
    [
      2026,
      [
        "2026-01-01",
        "2026-04-03",
        "2026-04-06",
        "2026-05-04",
        "2026-05-25",
        "2026-08-31",
        "2026-12-25",
        "2026-12-28",
      ],
    ],
  ])("%i", (year, expected) => {
    expect(datesOf(year)).toEqual(expected);
  });
});

describe("one-off and moved holidays", () => {
  it.each([
    "2002-06-03",
    "2002-06-04",
    "2011-04-29",
    "2012-06-04",
    "2012-06-05",
    "2020-05-08",
    "2022-06-02",
    "2022-06-03",
    "2022-09-19",
    "2023-05-08",
  ])("%s is a bank holiday", (date) => {
    expect(isBankHoliday(date)).toBe(true);
  });

  it.each([
    "2002-05-27", // usual last Monday in May, moved
    "2012-05-28",
    "2020-05-04", // usual first Monday in May, moved to VE Day
    "2022-05-30",
    "1999-12-31", // millennium holiday: outside the 2000-2035 range
  ])("%s is not", (date) => {
    expect(isBankHoliday(date)).toBe(false);
  });

  it("names them", () => {
    const names = new Map(ENGLAND_AND_WALES_BANK_HOLIDAYS.map((h) => [h.date, h.name]));
    expect(names.get("2011-04-29")).toBe("Royal wedding");
    expect(names.get("2012-06-04")).toBe("Spring bank holiday");
    expect(names.get("2022-09-19")).toMatch(/funeral/i);
    expect(names.get("2023-05-08")).toMatch(/coronation/i);
  });
});

describe("weekend substitutes", () => {
  it.each([
    ["2010-12-27", "Christmas Day (substitute day)"], // 25 Dec 2010 a Saturday
    ["2010-12-28", "Boxing Day (substitute day)"],
    ["2011-01-03", "New Year's Day (substitute day)"], // 1 Jan 2011 a Saturday
    ["2011-12-26", "Boxing Day"], // 25 Dec 2011 a Sunday
    ["2011-12-27", "Christmas Day (substitute day)"],
    ["2012-01-02", "New Year's Day (substitute day)"], // 1 Jan 2012 a Sunday
    ["2015-12-28", "Boxing Day (substitute day)"], // 26 Dec 2015 a Saturday
    ["2016-12-26", "Boxing Day"], // 25 Dec 2016 a Sunday
    ["2016-12-27", "Christmas Day (substitute day)"],
    ["2021-12-27", "Christmas Day (substitute day)"], // 25 Dec 2021 a Saturday
    ["2021-12-28", "Boxing Day (substitute day)"],
    ["2022-01-03", "New Year's Day (substitute day)"], // 1 Jan 2022 a Saturday
    ["2022-12-26", "Boxing Day"], // 25 Dec 2022 a Sunday
    ["2022-12-27", "Christmas Day (substitute day)"],
    ["2023-01-02", "New Year's Day (substitute day)"], // 1 Jan 2023 a Sunday
    ["2027-12-27", "Christmas Day (substitute day)"],
    ["2027-12-28", "Boxing Day (substitute day)"],
  ])("%s: %s", (date, name) => {
    expect(ENGLAND_AND_WALES_BANK_HOLIDAYS.find((h) => h.date === date)?.name).toBe(name);
  });

  it("the weekend days themselves are not listed", () => {
    for (const d of ["2010-12-25", "2010-12-26", "2011-01-01", "2022-12-25", "2021-12-25"]) {
      expect(isBankHoliday(d)).toBe(false);
    }
  });
});

describe("the whole 2000-2035 list", () => {
  const all = ENGLAND_AND_WALES_BANK_HOLIDAYS;

  it("covers 2000-01-01 to 2035-12-31, sorted, without duplicates", () => {
    expect(all[0]?.date).toBe("2000-01-03"); // 1 Jan 2000 was a Saturday
    expect(all.at(-1)?.date).toBe("2035-12-26");
    const dates = all.map((h) => h.date);
    expect(new Set(dates).size).toBe(dates.length);
    expect([...dates].sort()).toEqual(dates);
  });

  it("every holiday is a weekday", () => {
    for (const h of all) expect(dayOfWeek(h.date), h.date).toBeLessThanOrEqual(5);
  });

  it("has eight a year plus the one-offs", () => {
    const extra: Record<number, number> = { 2002: 1, 2011: 1, 2012: 1, 2022: 2, 2023: 1 };
    for (let year = 2000; year <= 2035; year++) {
      expect(datesOf(year).length, String(year)).toBe(8 + (extra[year] ?? 0));
    }
  });

  it("Good Friday and Easter Monday bracket Easter every year", () => {
    for (let year = 2000; year <= 2035; year++) {
      const easter = easterSunday(year);
      expect(isBankHoliday(addDays(easter, -2))).toBe(true);
      expect(isBankHoliday(addDays(easter, 1))).toBe(true);
    }
  });

  it("refuses years outside the data", () => {
    expect(() => bankHolidaysForYear(1999)).toThrow(RangeError);
    expect(() => bankHolidaysForYear(2036)).toThrow(RangeError);
  });

  it("is frozen", () => {
    expect(Object.isFrozen(all)).toBe(true);
  });
});
