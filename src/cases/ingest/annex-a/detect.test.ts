import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { detectAnnexA } from "./detect.ts";
import { buildZip, minimalWorkbookParts, SAMPLES_DIR, SHARED_DATA } from "./test-kit.ts";

const head = (bytes: Buffer) => bytes.subarray(0, 8192);

describe("detectAnnexA", () => {
  it("recognises every sample workbook from its first 8 KB", () => {
    for (const sample of [
      "liia-tools/Annex_A.xlsx",
      "liia-tools-pipeline/Annex_A_2024_Jan.xlsx",
      "cscdp/ofsted_annex_a_template_aug2019.xlsx",
      "cscdp/example-B-2004.xlsx",
    ]) {
      expect(
        detectAnnexA(head(readFileSync(join(SAMPLES_DIR, sample))), "upload.bin"),
        sample,
      ).toBe("annex_a_xlsx");
    }
  });

  it("turns down workbooks whose sheets are no lists, and zips that are no workbook", () => {
    const other = buildZip(minimalWorkbookParts("Budget", [["Cost centre", "Amount"]]));
    expect(detectAnnexA(other, "budget.xlsx")).toBeNull();
    // ...unless the file says it is Annex A: the parser then looks for list headers.
    expect(detectAnnexA(other, "Annex A return.xlsx")).toBe("annex_a_xlsx");
    expect(detectAnnexA(other, "annexation.xlsx")).toBeNull();
    for (const name of ["ch_fake.xlsx", "scp_fake.xlsx"]) {
      const bytes = readFileSync(join(SHARED_DATA, "samples/ssda903/csc-validator-be-903", name));
      expect(detectAnnexA(head(bytes), name), name).toBeNull();
    }
    expect(
      detectAnnexA(buildZip([{ name: "word/document.xml", data: "<w/>" }]), "a.docx"),
    ).toBeNull();
  });

  it("falls back to the file name when the workbook part is not in the head", () => {
    const parts = minimalWorkbookParts("List 1", [["Child Unique ID", "Date of Contact"]]);
    const late = [
      { name: "xl/media/big.bin", data: Buffer.alloc(20_000, 7), method: 0 as const },
      ...parts,
    ];
    const bytes = head(buildZip(late));
    expect(detectAnnexA(bytes, "annex a.xlsx")).toBe("annex_a_xlsx");
    expect(detectAnnexA(bytes, "upload.zip")).toBeNull();
  });

  it("recognises a list CSV by its header row, below a title row, with a BOM", () => {
    expect(
      detectAnnexA(Buffer.from("Child Unique ID,Date of referral\nC1,01/01/2024\n"), "x.csv"),
    ).toBe("annex_a_csv");
    const titled =
      '\uFEFFList 8: Children in care,,\r\n"Child Unique ID","Gender","Date Started to be Looked After"\r\n';
    expect(detectAnnexA(Buffer.from(titled), "x.csv")).toBe("annex_a_csv");
    // A header row longer than the head is judged by the cells the head holds.
    const long = `Child Unique ID,Date of Contact,${"x".repeat(9000)}\n`;
    expect(detectAnnexA(head(Buffer.from(long)), "x.csv")).toBe("annex_a_csv");
  });

  it("turns down other CSVs, XML, and junk without throwing", () => {
    const episodes = readFileSync(
      join(SHARED_DATA, "samples/ssda903/csc-validator-be-903/episodes.csv"),
    );
    expect(detectAnnexA(head(episodes), "episodes.csv")).toBeNull();
    expect(detectAnnexA(Buffer.from('<?xml version="1.0"?><Message/>'), "cin.xml")).toBeNull();
    expect(detectAnnexA(Buffer.from('"unclosed,quote\n'), "x.csv")).toBeNull();
    expect(detectAnnexA(Buffer.alloc(0), "empty.csv")).toBeNull();
    expect(detectAnnexA(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0xff]), "x.xlsx")).toBe(
      "annex_a_xlsx",
    );
    expect(detectAnnexA(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0xff]), "x.zip")).toBeNull();
  });
});
