import { describe, expect, it } from "vitest";
import { isoToDmy, readSsdaDate } from "./dates.ts";

describe("readSsdaDate", () => {
  it("reads real DD/MM/YYYY dates as ISO", () => {
    expect(readSsdaDate("15/02/2016")).toEqual({ kind: "ok", iso: "2016-02-15" });
    expect(readSsdaDate(" 29/02/2020 ")).toEqual({ kind: "ok", iso: "2020-02-29" });
    expect(readSsdaDate("31/12/1999")).toEqual({ kind: "ok", iso: "1999-12-31" });
  });

  it("rejects dates that do not exist or are not DD/MM/YYYY", () => {
    for (const text of [
      "29/02/2019",
      "31/04/2020",
      "00/01/2020",
      "01/13/2020",
      "1/2/2020",
      "01/02/20",
      "01-02-2020",
      "2020/01/02",
      "01/01/0217",
      "31/12/9999",
      "15/02/2016 00:00",
      "today",
    ]) {
      expect(readSsdaDate(text), text).toEqual({ kind: "invalid" });
    }
  });

  it("accepts YYYY-MM-DD but says so, and still checks it is real", () => {
    expect(readSsdaDate("2015-06-19")).toEqual({ kind: "iso", iso: "2015-06-19" });
    expect(readSsdaDate("2015-02-29")).toEqual({ kind: "invalid" });
  });

  it("treats blank as empty", () => {
    expect(readSsdaDate("")).toEqual({ kind: "empty" });
    expect(readSsdaDate("   ")).toEqual({ kind: "empty" });
  });

  it("accepts zz partial dates only when asked (DATE_PERM)", () => {
    expect(readSsdaDate("zz/zz/2014")).toEqual({ kind: "invalid" });
    expect(readSsdaDate("zz/zz/2014", { allowPartial: true })).toEqual({ kind: "partial" });
    expect(readSsdaDate("ZZ/06/2014", { allowPartial: true })).toEqual({ kind: "partial" });
    expect(readSsdaDate("zz/13/2014", { allowPartial: true })).toEqual({ kind: "invalid" });
  });

  it("formats ISO back to DD/MM/YYYY for messages", () => {
    expect(isoToDmy("2017-03-31")).toBe("31/03/2017");
  });
});
