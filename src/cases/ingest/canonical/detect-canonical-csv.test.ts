import { describe, expect, it } from "vitest";
import { detectCanonicalCsv, hasCanonicalHeader } from "./detect-canonical-csv.ts";
import { FIXTURES } from "./fixtures.ts";
import { RECORD_TYPES } from "./record-types.ts";

describe("detectCanonicalCsv", () => {
  it("names the record type of every fixture", () => {
    for (const type of RECORD_TYPES) expect(detectCanonicalCsv(FIXTURES[type].text)).toBe(type);
  });

  it("reads past a BOM, quotes, blank lines and CRLF, and ignores case", () => {
    expect(detectCanonicalCsv('\uFEFF"Record_Type","la_child_id"\r\n\r\n"CP_PLAN",C1\r\n')).toBe(
      "cp_plan",
    );
    expect(detectCanonicalCsv(" record_type ,la_child_id\n\n , \n visit ,C1")).toBe("visit");
  });

  it("works on a head cut off anywhere after the first cell of the first data row", () => {
    const text = FIXTURES.lac_episode.text;
    const firstRowStart = text.indexOf("\n") + 1;
    const typeEnd = firstRowStart + "lac_episode".length;
    for (let cut = typeEnd; cut <= text.length; cut++) {
      expect(detectCanonicalCsv(text.slice(0, cut))).toBe("lac_episode");
    }
    // Inside a quoted value of the first row, too, even half-way through a doubled quote.
    const contact = FIXTURES.contact.text;
    for (let cut = contact.indexOf("\ncontact,") + 8; cut <= contact.length; cut++) {
      expect(detectCanonicalCsv(contact.slice(0, cut)), String(cut)).toBe("contact");
    }
    expect(detectCanonicalCsv('record_type,la_child_id,outcome\ncontact,C1,"half a')).toBe(
      "contact",
    );
  });

  it("is null for anything else", () => {
    expect(detectCanonicalCsv("")).toBeNull();
    expect(detectCanonicalCsv("record_type,la_child_id\n")).toBeNull();
    expect(detectCanonicalCsv("record_type,la_child_id\nreferals,C1\n")).toBeNull();
    expect(detectCanonicalCsv("la_child_id,record_type\nC1,child\n")).toBeNull();
    expect(detectCanonicalCsv("CHILD,DECOM,RNE,LS\n1,01/04/2020,S,C2\n")).toBeNull();
    expect(detectCanonicalCsv('<?xml version="1.0"?><Message/>')).toBeNull();
    expect(detectCanonicalCsv('"record_type\nchild')).toBeNull();
  });
});

describe("hasCanonicalHeader", () => {
  it("looks at the header only", () => {
    expect(hasCanonicalHeader("record_type,la_child_id\n")).toBe(true);
    expect(hasCanonicalHeader("record_type,la_child_id\nreferals,C1\n")).toBe(true);
    expect(hasCanonicalHeader("\n\nRECORD_TYPE")).toBe(true);
    expect(hasCanonicalHeader("CHILD,DECOM\n")).toBe(false);
    expect(hasCanonicalHeader("")).toBe(false);
  });
});
