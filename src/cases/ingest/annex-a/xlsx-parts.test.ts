import { describe, expect, it } from "vitest";
import { columnOfRef, sheetRows } from "./sheet-rows.ts";
import { isDateFormat, readDateStyles, readSharedStrings } from "./xlsx-parts.ts";

async function* text(xml: string): AsyncGenerator<Buffer> {
  yield Buffer.from(xml, "utf8");
}

describe("workbook parts", () => {
  it("tells date formats from others", () => {
    for (const code of [
      "dd/mm/yyyy",
      "d-mmm-yy",
      "[$-F800]dddd, mmmm dd, yyyy",
      "yyyy-mm-dd hh:mm",
    ]) {
      expect(isDateFormat(code), code).toBe(true);
    }
    for (const code of [
      "General",
      "0.00",
      "mm:ss",
      "[h]:mm",
      '"Day "0',
      "#,##0;[Red]-#,##0",
      "@",
    ]) {
      expect(isDateFormat(code), code).toBe(false);
    }
  });

  it("reads which cell styles are dates, built in or custom", async () => {
    const styles = await readDateStyles(
      text(
        '<styleSheet><numFmts><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="0.0"/></numFmts>' +
          '<cellStyleXfs><xf numFmtId="14"/></cellStyleXfs>' +
          '<cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs></styleSheet>',
      ),
    );
    expect(styles).toEqual([false, true, true, false]);
  });

  it("reads shared strings, rich runs joined and phonetic runs skipped", async () => {
    const strings = await readSharedStrings(
      text(
        '<sst><si><t>Plain</t></si><si><r><t>Ri</t></r><r><t xml:space="preserve">ch </t></r><rPh><t>x</t></rPh></si><si/></sst>',
      ),
    );
    expect(strings).toEqual(["Plain", "Rich ", ""]);
  });

  it("reads cell references", () => {
    expect(["A1", "Z9", "AA10", "XFD1048576", "b2"].map(columnOfRef)).toEqual([
      1, 26, 27, 16384, 2,
    ]);
    expect(["", "1A", "AAAA1", "A1B"].map(columnOfRef)).toEqual([null, null, null, null]);
  });

  it("streams rows with every cell type, gaps filled, numbers in date styles as dates", async () => {
    const rows = [];
    for await (const row of sheetRows(
      text(
        '<worksheet><sheetData><row r="2"><c r="A2" t="s"><v>1</v></c><c r="C2" t="inlineStr"><is><t>in</t></is></c>' +
          '<c r="D2" t="b"><v>1</v></c><c r="E2" t="e"><v>#N/A</v></c><c r="F2" s="1"><v>45382</v></c>' +
          '<c r="G2"><f>A1+1</f><v>7</v></c><c r="H2" t="str"><f>"x"</f><v>x</v></c></row>' +
          "<row><c><v>1</v></c><c><v>2</v></c></row></sheetData></worksheet>",
      ),
      { sharedStrings: ["zero", "one"], dateStyles: [false, true], date1904: false },
    )) {
      rows.push(row);
    }
    expect(rows).toEqual([
      {
        number: 2,
        cells: ["one", null, "in", true, null, new Date("2024-03-31T00:00:00Z"), 7, "x"],
      },
      { number: 3, cells: [1, 2] },
    ]);
  });
});
