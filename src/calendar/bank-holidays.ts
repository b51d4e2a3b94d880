/**
 * England and Wales bank holidays, 2000-2035, as data.
 *
 * The regular holidays follow the standing rules (Banking and Financial Dealings Act 1971
 * and the annual proclamations); the one-off and moved holidays are listed explicitly
 * below because no rule predicts them. When a new one-off is proclaimed, add it to
 * ONE_OFFS / MOVED and the tests: every computation in the project reads this list.
 */
import {
  addDays,
  dayNumberWeekday,
  daysFromCivil,
  daysInMonth,
  formatIsoDate,
  fromDayNumber,
  type IsoDate,
} from "./dates.ts";

export interface BankHoliday {
  date: IsoDate;
  name: string;
}

export const FIRST_BANK_HOLIDAY_YEAR = 2000;
export const LAST_BANK_HOLIDAY_YEAR = 2035;

/**
 * Easter Sunday in the Gregorian calendar (the anonymous "Meeus/Jones/Butcher" computus):
 * the Sunday after the ecclesiastical full moon on or after 21 March.
 */
export function easterSunday(year: number): IsoDate {
  if (!Number.isInteger(year) || year < 1583 || year > 9999) {
    throw new RangeError(`Easter is computed for Gregorian years 1583-9999, not ${year}`);
  }
  const a = year % 19; // position in the 19-year Metonic cycle
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3); // lunar (Metonic) correction
  const h = (19 * a + b - d - g + 15) % 30; // epact-like: days from 21 March to full moon
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7; // days from full moon to the next Sunday
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return formatIsoDate({ year, month, day });
}

/** The `n`th (1-based) Monday of a month, or the last one when `n` is "last". */
function monday(year: number, month: number, n: number | "last"): IsoDate {
  if (n === "last") {
    const last = daysFromCivil(year, month, daysInMonth(year, month));
    return fromDayNumber(last - (dayNumberWeekday(last) - 1));
  }
  const first = daysFromCivil(year, month, 1);
  const toMonday = (8 - dayNumberWeekday(first)) % 7;
  return fromDayNumber(first + toMonday + 7 * (n - 1));
}

const SUBSTITUTE = " (substitute day)";

/** New Year's Day, or the Monday after when it falls at a weekend. */
function newYear(year: number): BankHoliday {
  const day = daysFromCivil(year, 1, 1);
  const weekday = dayNumberWeekday(day);
  if (weekday === 6) return { date: fromDayNumber(day + 2), name: `New Year's Day${SUBSTITUTE}` };
  if (weekday === 7) return { date: fromDayNumber(day + 1), name: `New Year's Day${SUBSTITUTE}` };
  return { date: fromDayNumber(day), name: "New Year's Day" };
}

/**
 * Christmas and Boxing Day with their substitutes: each holiday that falls at a weekend
 * moves to the next weekday not already taken by the other.
 *   25 Fri: 25, Mon 28.   25 Sat: Mon 27, Tue 28.   25 Sun: Mon 26 (Boxing Day), Tue 27.
 */
function christmas(year: number): BankHoliday[] {
  const xmas = daysFromCivil(year, 12, 25);
  const on = (offset: number, name: string): BankHoliday => ({
    date: fromDayNumber(xmas + offset),
    name,
  });
  switch (dayNumberWeekday(xmas)) {
    case 5:
      return [on(0, "Christmas Day"), on(3, `Boxing Day${SUBSTITUTE}`)];
    case 6:
      return [on(2, `Christmas Day${SUBSTITUTE}`), on(3, `Boxing Day${SUBSTITUTE}`)];
    case 7:
      return [on(1, "Boxing Day"), on(2, `Christmas Day${SUBSTITUTE}`)];
    default:
      return [on(0, "Christmas Day"), on(1, "Boxing Day")];
  }
}

/** Regular holidays moved by proclamation: year -> holiday name -> new date. */
const MOVED: Readonly<Record<number, Readonly<Record<string, IsoDate>>>> = {
  2002: { "Spring bank holiday": "2002-06-04" }, // from 27 May, next to the Golden Jubilee
  2012: { "Spring bank holiday": "2012-06-04" }, // from 28 May, next to the Diamond Jubilee
  2020: { "Early May bank holiday": "2020-05-08" }, // from 4 May, for the 75th VE Day
  2022: { "Spring bank holiday": "2022-06-02" }, // from 30 May, next to the Platinum Jubilee
};

/** Extra one-off holidays. (1999-12-31, the millennium holiday, is outside the range.) */
const ONE_OFFS: readonly BankHoliday[] = [
  { date: "2002-06-03", name: "Golden Jubilee bank holiday" },
  { date: "2011-04-29", name: "Royal wedding" },
  { date: "2012-06-05", name: "Diamond Jubilee bank holiday" },
  { date: "2022-06-03", name: "Platinum Jubilee bank holiday" },
  { date: "2022-09-19", name: "State funeral of Queen Elizabeth II" },
  { date: "2023-05-08", name: "Coronation of King Charles III" },
];

/** The bank holidays of one year in the supported range, sorted by date. */
export function bankHolidaysForYear(year: number): BankHoliday[] {
  if (!Number.isInteger(year) || year < FIRST_BANK_HOLIDAY_YEAR || year > LAST_BANK_HOLIDAY_YEAR) {
    throw new RangeError(
      `Bank holidays are held for ${FIRST_BANK_HOLIDAY_YEAR}-${LAST_BANK_HOLIDAY_YEAR}, not ${year}`,
    );
  }
  const easter = easterSunday(year);
  const regular: BankHoliday[] = [
    newYear(year),
    { date: addDays(easter, -2), name: "Good Friday" },
    { date: addDays(easter, 1), name: "Easter Monday" },
    { date: monday(year, 5, 1), name: "Early May bank holiday" },
    { date: monday(year, 5, "last"), name: "Spring bank holiday" },
    { date: monday(year, 8, "last"), name: "Summer bank holiday" },
    ...christmas(year),
  ];
  const moved = MOVED[year] ?? {};
  const holidays = regular.map((h) => {
    const date = moved[h.name];
    return date === undefined ? h : { date, name: h.name };
  });
  for (const extra of ONE_OFFS) {
    if (extra.date.startsWith(`${year}-`)) holidays.push(extra);
  }
  return holidays.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function buildAll(): readonly BankHoliday[] {
  const all: BankHoliday[] = [];
  for (let year = FIRST_BANK_HOLIDAY_YEAR; year <= LAST_BANK_HOLIDAY_YEAR; year++) {
    all.push(...bankHolidaysForYear(year));
  }
  return Object.freeze(all.map((h) => Object.freeze(h)));
}

/** Every England and Wales bank holiday from 2000-01-01 to 2035-12-31, sorted. */
export const ENGLAND_AND_WALES_BANK_HOLIDAYS: readonly BankHoliday[] = buildAll();

const BANK_HOLIDAY_DATES: ReadonlySet<IsoDate> = new Set(
  ENGLAND_AND_WALES_BANK_HOLIDAYS.map((h) => h.date),
);

/** Convenience: is this date an England and Wales bank holiday (within 2000-2035)? */
export function isBankHoliday(date: IsoDate): boolean {
  return BANK_HOLIDAY_DATES.has(date);
}
