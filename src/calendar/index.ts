/** Calendar: ISO dates, England and Wales bank holidays, working days, reporting periods. */
export * from "./bank-holidays.ts";
export * from "./dates.ts";
export * from "./periods.ts";
export * from "./working-days.ts";
