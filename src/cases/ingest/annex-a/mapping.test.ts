/**
 * lists.ts says which canonical field each column feeds; mapping.ts does the feeding.
 * These tests keep the two in step: a row with every column filled must put a value in
 * every field some column claims, and lists that share a key merge rather than clobber.
 */
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ANNEX_A_LISTS, type ColumnDef } from "./lists.ts";
import { PICK_LISTS } from "./pick-lists.ts";
import { csvLine, runCsv, runXlsx, scratchDir, writeWorkbook } from "./test-kit.ts";

function sampleValue(column: ColumnDef): string {
  switch (column.kind) {
    case "id":
      return "ID1";
    case "date":
      return "01/01/2020";
    case "count":
      return "2";
    case "text":
      return "Some text";
    case "pick": {
      const list = column.pick ? PICK_LISTS[column.pick] : null;
      return list?.options[0]?.code ?? "";
    }
  }
}

describe("every mapped column reaches its record", () => {
  for (const list of ANNEX_A_LISTS) {
    it(`${list.title}`, async () => {
      const header = list.columns.map((c) => c.headers[0] ?? c.key);
      const row = list.columns.map(sampleValue);
      const outcome = await runCsv(
        `${csvLine(header)}\n${csvLine(row)}\n`,
        `list-${list.number}.csv`,
      );
      expect(outcome.problems).toEqual([]);
      expect(outcome.lists).toEqual([{ list: list.number, rows: 1 }]);
      for (const column of list.columns) {
        if (!column.maps) continue;
        const [type, field] = column.maps.split(".");
        const record = outcome.records.find((r) => r.type === type)?.record as
          | Record<string, unknown>
          | undefined;
        expect(record, `${column.key} -> ${column.maps}`).toBeDefined();
        const value = record?.[field ?? ""];
        expect(value, `${column.key} -> ${column.maps}`).not.toBeNull();
        if (Array.isArray(value))
          expect(value.length, `${column.key} -> ${column.maps}`).toBeGreaterThan(0);
      }
      for (const record of outcome.records) {
        expect((record.record as { laChildId?: string }).laChildId).toBe("ID1");
      }
    });
  }
});

describe("records several lists describe together", () => {
  const scratch = scratchDir();
  afterAll(() => scratch.remove());

  it("merge a referral on Lists 3 and 6, and a child over all lists", async () => {
    const path = join(scratch.dir, "merge.xlsx");
    await writeWorkbook(path, [
      {
        name: "List 3",
        rows: [
          [
            "Child Unique ID",
            "Gender",
            "Date of Birth",
            "Date of referral",
            "Referral Source",
            "Referral NFA?",
          ],
          ["K1", "a) Male", "", "10/01/2024", "q) 6: Police", "b) No"],
        ],
      },
      {
        name: "List 6",
        rows: [
          [
            "Child Unique ID",
            "Gender",
            "Date of Birth",
            "Does the Child have a Disability",
            "CIN Start Date",
            "Primary Need Code",
            "CIN Closure Date",
            "Reason for Closure",
          ],
          ["K1", "", "05/05/2015", "a) Yes", "10/01/2024", "N4 - Family in acute stress", "", ""],
        ],
      },
    ]);
    const outcome = await runXlsx(path);
    expect(outcome.problems).toEqual([]);
    const referrals = outcome.records.filter((r) => r.type === "referral");
    // The loader keeps the later of two records with one key: that one is complete.
    expect(referrals.at(-1)?.record).toEqual({
      laChildId: "K1",
      referralDate: "2024-01-10",
      source: "6",
      nfa: false,
      primaryNeed: "N4",
      closureDate: null,
      closureReason: null,
    });
    expect(outcome.records.filter((r) => r.type === "child")).toEqual([
      {
        type: "child",
        record: {
          laChildId: "K1",
          upn: null,
          dateOfBirth: "2015-05-05",
          sex: "M",
          ethnicity: null,
          disabilities: ["DDA"],
        },
      },
    ]);
  });
});
