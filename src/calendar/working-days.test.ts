import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from "./bank-holidays.ts";
import { addDays, dayNumberWeekday, fromDayNumber, toDayNumber } from "./dates.ts";
import { englandAndWalesCalendar, WorkingDayCalendar } from "./working-days.ts";

const cal = englandAndWalesCalendar();
const HOLIDAYS = new Set(ENGLAND_AND_WALES_BANK_HOLIDAYS.map((h) => h.date));

/** The definition, day by day: working days d with start < d <= end. */
function naiveWd(start: string, end: string, closed: ReadonlySet<string> = HOLIDAYS): number {
  let count = 0;
  for (let d = toDayNumber(start) + 1; d <= toDayNumber(end); d++) {
    if (dayNumberWeekday(d) <= 5 && !closed.has(fromDayNumber(d))) count++;
  }
  return count;
}

describe("isWorkingDay", () => {
  it("weekdays are working days, weekends and bank holidays are not", () => {
    expect(cal.isWorkingDay("2024-01-02")).toBe(true); // Tuesday
    expect(cal.isWorkingDay("2024-01-06")).toBe(false); // Saturday
    expect(cal.isWorkingDay("2024-01-07")).toBe(false); // Sunday
    expect(cal.isWorkingDay("2024-01-01")).toBe(false); // New Year's Day
    expect(cal.isWorkingDay("2022-09-19")).toBe(false); // state funeral
    expect(cal.isWorkingDay("2020-05-04")).toBe(true); // early May moved to 8 May
    expect(cal.isWorkingDay("2020-05-08")).toBe(false);
  });

  it("outside 2000-2035 only weekends are non-working (the data ends there)", () => {
    expect(cal.isWorkingDay("1999-12-31")).toBe(true);
    expect(cal.isWorkingDay("2036-01-01")).toBe(true);
    expect(cal.isWorkingDay("2036-01-05")).toBe(false); // Saturday
  });
});

describe("wd: start day is day 0", () => {
  it("counts working days after start up to and including end", () => {
    expect(cal.wd("2024-01-02", "2024-01-02")).toBe(0); // same day
    expect(cal.wd("2024-01-02", "2024-01-03")).toBe(1); // Tue -> Wed
    expect(cal.wd("2024-01-05", "2024-01-08")).toBe(1); // Fri -> Mon: weekend skipped
    expect(cal.wd("2024-01-06", "2024-01-07")).toBe(0); // Sat -> Sun
    expect(cal.wd("2024-01-06", "2024-01-08")).toBe(1); // Sat -> Mon
    expect(cal.wd("2024-01-02", "2024-01-09")).toBe(5); // one calendar week
  });

  it("skips bank holidays, including one-offs", () => {
    // Thu 1 June 2022 -> Mon 6 June: 2 and 3 June are the Platinum Jubilee holidays.
    expect(cal.wd("2022-06-01", "2022-06-06")).toBe(1);
    // Fri 16 Sep 2022 -> Tue 20 Sep: Mon 19 Sep state funeral. Only Tue counts.
    expect(cal.wd("2022-09-16", "2022-09-20")).toBe(1);
    // Fri 24 Dec 2021 -> Wed 29 Dec: 27, 28 are substitutes. Only Wed counts.
    expect(cal.wd("2021-12-24", "2021-12-29")).toBe(1);
    // Fri 23 Dec 2016 -> Wed 28 Dec: 26, 27 holidays.
    expect(cal.wd("2016-12-23", "2016-12-28")).toBe(1);
    // Easter 2024: Thu 28 Mar -> Tue 2 Apr: Good Friday 29 Mar, Easter Monday 1 Apr.
    expect(cal.wd("2024-03-28", "2024-04-02")).toBe(1);
    // Fri 28 Apr 2011 -> Tue 3 May 2011: 29 Apr wedding, 2 May early May.
    expect(cal.wd("2011-04-28", "2011-05-03")).toBe(1);
  });

  it("a start on a holiday or weekend is still day 0", () => {
    expect(cal.wd("2023-05-08", "2023-05-09")).toBe(1); // coronation -> Tue
    expect(cal.wd("2024-12-25", "2024-12-27")).toBe(1); // Christmas -> Fri 27 Dec
  });

  it("the 2024 calendar year has 254 working days", () => {
    // 262 weekdays in 2024 less its 8 bank holidays (none at weekends).
    expect(cal.wd("2023-12-31", "2024-12-31")).toBe(254);
  });

  it("is signed when end < start, and workingDaysBetween returns null", () => {
    expect(cal.wd("2024-01-09", "2024-01-02")).toBe(-5);
    expect(cal.workingDaysBetween("2024-01-09", "2024-01-02")).toBeNull();
    expect(cal.workingDaysBetween("2024-01-02", "2024-01-09")).toBe(5);
    expect(cal.workingDaysBetween("2024-01-02", "2024-01-02")).toBe(0);
  });

  it("rejects invalid dates", () => {
    expect(() => cal.wd("2024-02-30", "2024-03-01")).toThrow(RangeError);
  });

  it("works across and outside the table range", () => {
    // 1999-12-31 (Fri) -> 2000-01-04 (Tue): 3 Jan 2000 is the New Year substitute.
    expect(cal.wd("1999-12-31", "2000-01-04")).toBe(1);
    expect(cal.wd("2035-12-24", "2036-01-02")).toBe(naiveWd("2035-12-24", "2036-01-02"));
    expect(cal.wd("1990-01-01", "2040-12-31")).toBe(naiveWd("1990-01-01", "2040-12-31"));
    expect(cal.wd("1980-03-03", "1980-03-10")).toBe(5);
  });
});

describe("local closures", () => {
  const withClosures = new WorkingDayCalendar({
    closures: ["2024-12-27", "2024-12-30", "2024-12-31", "2024-12-28" /* a Saturday */],
  });

  it("are off by default", () => {
    expect(cal.isWorkingDay("2024-12-27")).toBe(true);
    expect(cal.wd("2024-12-24", "2025-01-02")).toBe(4); // 27, 30, 31 Dec, 2 Jan
  });

  it("are non-working when given", () => {
    expect(withClosures.isWorkingDay("2024-12-27")).toBe(false);
    expect(withClosures.wd("2024-12-24", "2025-01-02")).toBe(1); // only 2 Jan
  });

  it("a closure on a bank holiday or weekend is not subtracted twice", () => {
    const doubled = new WorkingDayCalendar({ closures: ["2024-12-25", "2024-12-28"] });
    expect(doubled.wd("2024-12-20", "2024-12-31")).toBe(cal.wd("2024-12-20", "2024-12-31"));
  });

  it("can replace the holiday list", () => {
    const none = new WorkingDayCalendar({ holidays: [] });
    expect(none.wd("2024-12-24", "2024-12-27")).toBe(3);
  });

  it("outside the table range too", () => {
    const far = new WorkingDayCalendar({ closures: ["2040-01-03"] });
    expect(far.wd("2040-01-02", "2040-01-05")).toBe(2); // Wed 4, Thu 5 (Tue 3 closed)
  });
});

describe("addWorkingDays", () => {
  it("finds the last day within n working days", () => {
    expect(cal.addWorkingDays("2024-01-02", 0)).toBe("2024-01-02");
    expect(cal.addWorkingDays("2024-01-05", 1)).toBe("2024-01-08");
    expect(cal.addWorkingDays("2022-06-01", 1)).toBe("2022-06-06");
    expect(() => cal.addWorkingDays("2024-01-02", -1)).toThrow(RangeError);
  });

  it("is the inverse of wd", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: toDayNumber("2000-01-01"), max: toDayNumber("2035-11-30") }),
        fc.integer({ min: 0, max: 60 }),
        (start, n) => {
          const s = fromDayNumber(start);
          const due = cal.addWorkingDays(s, n);
          expect(cal.wd(s, due)).toBe(n);
          if (n > 0) expect(cal.wd(s, addDays(due, -1))).toBe(n - 1);
        },
      ),
    );
  });
});

describe("properties", () => {
  const day = fc.integer({ min: toDayNumber("1995-01-01"), max: toDayNumber("2040-12-31") });

  it("wd(a, c) = wd(a, b) + wd(b, c) for a <= b <= c", () => {
    fc.assert(
      fc.property(fc.tuple(day, day, day), (days) => {
        const [a, b, c] = days.sort((x, y) => x - y).map(fromDayNumber) as [string, string, string];
        expect(cal.wd(a, c)).toBe(cal.wd(a, b) + cal.wd(b, c));
      }),
      { numRuns: 2000 },
    );
  });

  it("the O(1) table path and the fallback both equal the naive loop", () => {
    const span = fc.integer({ min: 0, max: 800 });
    fc.assert(
      fc.property(day, span, (start, length) => {
        const s = fromDayNumber(start);
        const e = fromDayNumber(start + length);
        expect(cal.wd(s, e)).toBe(naiveWd(s, e));
        expect(cal.workingDaysBetween(s, e)).toBe(naiveWd(s, e));
      }),
      { numRuns: 1000 },
    );
  });

  it("every single day in the table agrees with isWorkingDay", () => {
    for (let d = toDayNumber("1999-12-01"); d <= toDayNumber("2036-01-31"); d++) {
      const s = fromDayNumber(d);
      const e = fromDayNumber(d + 1);
      expect(cal.wd(s, e)).toBe(cal.isWorkingDay(e) ? 1 : 0);
    }
  });

  it("a million calls are fast", () => {
    const first = toDayNumber("2000-01-01");
    const started = performance.now();
    let total = 0;
    for (let i = 0; i < 1_000_000; i++) {
      total += cal.wdDayNumbers(first + (i % 9000), first + (i % 9000) + (i % 400));
    }
    expect(total).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
