/**
 * Workbooks that must be refused before any part is inflated by the reader: truncated,
 * path tricks, zip bombs, layouts a stream reader would read differently from the
 * directory, and broken or hostile XML inside an otherwise sound zip.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { RULES } from "./rules.ts";
import {
  buildZip,
  minimalWorkbookParts,
  runXlsx,
  SAMPLES_DIR,
  scratchDir,
  writeZip,
  type ZipPart,
} from "./test-kit.ts";

const scratch = scratchDir();
afterAll(() => scratch.remove());

let n = 0;
function fileOf(bytes: Buffer): string {
  const path = join(scratch.dir, `case-${++n}.xlsx`);
  writeFileSync(path, bytes);
  return path;
}

const REFERRALS = [
  ["List 3: Referral"],
  ["Child Unique ID", "Date of referral", "Referral Source"],
  ["C1", "01/04/2023", "q) 6: Police"],
];
const goodParts = () => minimalWorkbookParts("List 3", REFERRALS);

async function expectRefused(path: string, reason: RegExp, extra = {}) {
  const outcome = await runXlsx(path, "bad.xlsx", extra);
  expect(outcome.records).toEqual([]);
  expect(outcome.lists).toEqual([]);
  expect(outcome.problems).toHaveLength(1);
  const [problem] = outcome.problems;
  expect(problem).toMatchObject({
    rule: RULES.xlsxMalformed,
    severity: "error",
    row: null,
    file: "bad.xlsx",
  });
  expect(problem?.message).toMatch(reason);
}

describe("a sound hand-built workbook (the control for the cases below)", () => {
  it("parses", async () => {
    const outcome = await runXlsx(fileOf(buildZip(goodParts())));
    expect(outcome.problems).toEqual([]);
    expect(outcome.lists).toEqual([{ list: 3, rows: 1 }]);
    expect(outcome.records).toContainEqual({
      type: "referral",
      record: expect.objectContaining({ laChildId: "C1", referralDate: "2023-04-01", source: "6" }),
    });
  });
});

describe("parseAnnexAXlsx refuses with XLSX_MALFORMED", () => {
  const sample = readFileSync(join(SAMPLES_DIR, "liia-tools/Annex_A.xlsx"));

  it("a truncated zip (the sample cut short at several points)", async () => {
    for (const keep of [10, 100, 5_000, sample.length - 30, sample.length - 1]) {
      await expectRefused(fileOf(sample.subarray(0, keep)), /truncated|too short|not a zip/);
    }
  });

  it("bytes that are no zip at all, and an empty file", async () => {
    await expectRefused(fileOf(Buffer.from("Child Unique ID,Date of referral\n")), /zip/);
    await expectRefused(fileOf(Buffer.alloc(0)), /too short/);
  });

  it("a zip with a ../evil entry", async () => {
    const parts: ZipPart[] = [...goodParts(), { name: "../evil", data: "owned" }];
    await expectRefused(fileOf(buildZip(parts)), /climbs out of the archive \("\.\.\/evil"\)/);
    const nested: ZipPart[] = [...goodParts(), { name: "xl/../../evil.sh", data: "x" }];
    await expectRefused(fileOf(buildZip(nested)), /climbs out/);
    const backslash: ZipPart[] = [...goodParts(), { name: "xl\\..\\..\\evil", data: "x" }];
    await expectRefused(fileOf(buildZip(backslash)), /climbs out/);
  });

  it("absolute entry paths", async () => {
    for (const name of ["/etc/passwd", "C:/Windows/evil.dll", "\\\\server\\share"]) {
      await expectRefused(fileOf(buildZip([...goodParts(), { name, data: "x" }])), /absolute path/);
    }
  });

  it("a zip-bomb-like entry declaring a huge uncompressed size", async () => {
    const bomb: ZipPart = { name: "xl/media/bomb.bin", data: "tiny", declaredSize: 0xfffffff0 };
    await expectRefused(fileOf(buildZip([...goodParts(), bomb])), /over the .* limit for one part/);
  });

  it("a ZIP64 size marker", async () => {
    const bomb: ZipPart = { name: "xl/media/bomb.bin", data: "tiny", declaredSize: 0xffffffff };
    await expectRefused(fileOf(buildZip([...goodParts(), bomb])), /ZIP64/);
  });

  it("an entry that inflates to far more than it declares", async () => {
    // 64 MB of zeros deflates to ~64 KB; it claims to be 100 bytes.
    const bomb: ZipPart = {
      name: "xl/media/zeros.bin",
      data: Buffer.alloc(64 * 1024 * 1024),
      declaredSize: 100,
    };
    await expectRefused(fileOf(buildZip([...goodParts(), bomb])), /more than it declares/);
  });

  it("entries whose total declared size passes the workbook limit", async () => {
    const parts: ZipPart[] = [
      ...goodParts(),
      { name: "xl/media/a.bin", data: Buffer.alloc(4000) },
      { name: "xl/media/b.bin", data: Buffer.alloc(4000) },
    ];
    await expectRefused(fileOf(buildZip(parts)), /limit for a workbook/, {
      zipLimits: { maxTotalBytes: 6000 },
    });
  });

  it("two entries with the same name", async () => {
    const parts: ZipPart[] = [...goodParts(), { name: "xl/worksheets/sheet1.xml", data: "<x/>" }];
    await expectRefused(fileOf(buildZip(parts)), /two parts named/);
  });

  it("an entry the directory does not list, and junk after the end record", async () => {
    // A stream reader would see the unlisted entry; the directory (what we check) would not.
    const listed = buildZip(goodParts());
    const withHidden = buildZip([...goodParts(), { name: "xl/hidden.xml", data: "<x/>" }]);
    const cdOffset = (zip: Buffer) => zip.readUInt32LE(zip.length - 6);
    const locals = withHidden.subarray(0, cdOffset(withHidden));
    const directory = Buffer.from(listed.subarray(cdOffset(listed)));
    directory.writeUInt32LE(locals.length, directory.length - 6);
    await expectRefused(
      fileOf(Buffer.concat([locals, directory])),
      /data outside its listed parts/,
    );
    await expectRefused(
      fileOf(Buffer.concat([listed, Buffer.from("junk")])),
      /end record is missing/,
    );
  });

  it("a local header that disagrees with the directory", async () => {
    const zip = buildZip(goodParts());
    const lying = Buffer.from(zip);
    lying.writeUInt32LE(1, 22); // first entry's local uncompressed size
    await expectRefused(fileOf(lying), /disagrees with the directory/);
  });

  it("a zip that is not a workbook", async () => {
    await expectRefused(
      fileOf(buildZip([{ name: "word/document.xml", data: "<w/>" }])),
      /not an Excel workbook/,
    );
  });

  it("damaged compressed data", async () => {
    const zip = buildZip(goodParts());
    const damaged = Buffer.from(zip);
    // Corrupt the deflate stream of the first entry (just after its 30-byte header + name).
    for (let i = 60; i < 70; i++) damaged[i] = 0xff;
    await expectRefused(fileOf(damaged), /damaged/);
  });

  it("sheet XML that is not well formed, or carries a DOCTYPE", async () => {
    const broken = goodParts().map((part) =>
      part.name === "xl/worksheets/sheet1.xml"
        ? { ...part, data: "<worksheet><sheetData><row>" }
        : part,
    );
    const outcome = await runXlsx(fileOf(buildZip(broken)), "bad.xlsx");
    expect(outcome.problems.map((p) => p.rule)).toEqual([RULES.xlsxMalformed]);
    expect(outcome.problems[0]?.column).toBe("List 3!");

    const doctype = goodParts().map((part) =>
      part.name === "xl/worksheets/sheet1.xml"
        ? {
            ...part,
            data: '<!DOCTYPE x [<!ENTITY a "aaaa">]><worksheet><sheetData><row r="1"><c t="inlineStr"><is><t>&a;</t></is></c></row></sheetData></worksheet>',
          }
        : part,
    );
    await expectRefused(fileOf(buildZip(doctype)), /DOCTYPE/);
  });

  it("a workbook with no list in it", async () => {
    const path = join(scratch.dir, "nolist.xlsx");
    writeZip(
      path,
      minimalWorkbookParts("Sheet1", [
        ["Name", "Team"],
        ["A", "B"],
      ]),
    );
    const outcome = await runXlsx(path, "nolist.xlsx");
    expect(outcome.problems.map((p) => [p.rule, p.severity, p.row])).toEqual([
      [RULES.noLists, "error", null],
    ]);
  });
});
