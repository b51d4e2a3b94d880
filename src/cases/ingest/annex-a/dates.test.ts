import { describe, expect, it } from "vitest";
import { cellDate } from "./cells.ts";
import { readDateCell, readDateText, readExcelSerial } from "./dates.ts";

const ok = (iso: string) => ({ kind: "ok", iso });
const invalid = { kind: "invalid" };

describe("Annex A dates", () => {
  it("reads DD/MM/YYYY, with or without leading zeros, and with a time of day", () => {
    expect(readDateText("31/03/2024")).toEqual(ok("2024-03-31"));
    expect(readDateText(" 1/4/2024 ")).toEqual(ok("2024-04-01"));
    expect(readDateText("01-04-2024")).toEqual(ok("2024-04-01"));
    expect(readDateText("01.04.2024")).toEqual(ok("2024-04-01"));
    expect(readDateText("01/04/2024 00:00:00")).toEqual(ok("2024-04-01"));
    expect(readDateText("01/04/2024 9:30 am")).toEqual(ok("2024-04-01"));
  });

  it("reads unambiguous ISO dates from case-system exports", () => {
    expect(readDateText("2024-03-31")).toEqual(ok("2024-03-31"));
    expect(readDateText("2024-03-31T00:00:00")).toEqual(ok("2024-03-31"));
    expect(readDateText("2024-03-31 12:00:00Z")).toEqual(ok("2024-03-31"));
  });

  it("reads Excel serial numbers in the 1900 system, including around Lotus's 29 Feb 1900", () => {
    expect(readExcelSerial(45382)).toEqual(ok("2024-03-31"));
    expect(readExcelSerial(43831)).toEqual(ok("2020-01-01"));
    expect(readExcelSerial(43831.75)).toEqual(ok("2020-01-01"));
    expect(readExcelSerial(1)).toEqual(ok("1900-01-01"));
    expect(readExcelSerial(59)).toEqual(ok("1900-02-28"));
    expect(readExcelSerial(60)).toEqual(invalid);
    expect(readExcelSerial(61)).toEqual(ok("1900-03-01"));
    expect(readExcelSerial(0)).toEqual(invalid);
    expect(readExcelSerial(-5)).toEqual(invalid);
    expect(readExcelSerial(Number.NaN)).toEqual(invalid);
    expect(readDateText("45382")).toEqual(ok("2024-03-31"));
  });

  it("reads serials in the 1904 system", () => {
    expect(readExcelSerial(43920, true)).toEqual(ok("2024-03-31"));
    expect(readDateText("43920", true)).toEqual(ok("2024-03-31"));
  });

  it("reads date cells by their UTC calendar date", () => {
    expect(readDateCell(new Date(Date.UTC(2024, 2, 31)))).toEqual(ok("2024-03-31"));
    expect(readDateCell(new Date(Date.UTC(2024, 2, 31, 23, 59)))).toEqual(ok("2024-03-31"));
    expect(readDateCell(new Date(Number.NaN))).toEqual(invalid);
  });

  it("refuses impossible, ambiguous and out-of-range dates", () => {
    for (const text of [
      "31/02/2024",
      "29/02/2023",
      "00/01/2024",
      "13/13/2024",
      "01/01/24",
      "2024/03/31",
      "March 31 2024",
      "May be 8 Jan 2000",
      "01/01/1899",
      "01/01/2100",
      "9999-12-31",
      "0217-01-01",
      "12345678",
    ]) {
      expect(readDateText(text), text).toEqual(invalid);
    }
    expect(readDateText("29/02/2024")).toEqual(ok("2024-02-29"));
    expect(readDateText("   ")).toEqual({ kind: "empty" });
  });

  it("reads any cell: date, number, text, boolean, empty", () => {
    expect(cellDate(new Date(Date.UTC(2020, 0, 1)), false)).toEqual(ok("2020-01-01"));
    expect(cellDate(43831, false)).toEqual(ok("2020-01-01"));
    expect(cellDate("01/01/2020", false)).toEqual(ok("2020-01-01"));
    expect(cellDate(true, false)).toEqual(invalid);
    expect(cellDate(null, false)).toEqual({ kind: "empty" });
  });
});
