import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { listHint, matchHeaderRow, recogniseHeader } from "./headers.ts";
import { ANNEX_A_LISTS, listByNumber } from "./lists.ts";
import { headerWords, normaliseHeader } from "./normalise.ts";
import { SHARED_DATA } from "./test-kit.ts";

const list = (n: number) => {
  const found = listByNumber(n);
  if (!found) throw new Error(`no list ${n}`);
  return found;
};

describe("header matching", () => {
  it("ignores case, curly quotes, repeated spaces, line breaks, punctuation and (Y/N)", () => {
    const variants = [
      "Number of Episodes the Child has been ‘Missing’ from their Placement in the last 12 months",
      "number of episodes the child has been 'missing' from their placement in the last 12 months",
      "NUMBER OF EPISODES THE CHILD HAS BEEN “MISSING” FROM THEIR\nPLACEMENT   IN THE LAST 12 MONTHS",
    ];
    for (const header of variants) {
      const match = matchHeaderRow(list(8), ["Child Unique ID", header]);
      expect(match.index.get("missingLast12Months"), header).toBe(1);
      expect(match.strong.has("missingLast12Months")).toBe(true);
    }
    const uasc = matchHeaderRow(list(8), [
      "Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N))",
    ]);
    expect(uasc.index.get("uasc")).toBe(0);
    const apostrophes = matchHeaderRow(list(8), [
      "Childs Legal Status",
      "CHILD’S CATEGORY OF NEED",
    ]);
    expect([apostrophes.index.get("legalStatus"), apostrophes.index.get("categoryOfNeed")]).toEqual(
      [0, 1],
    );
  });

  it("matches the other wordings of the 2019, 2024 and 2026 templates", () => {
    expect(matchHeaderRow(list(1), ["Child Unique ID", "Age", "Sex"]).index.size).toBe(3);
    expect(
      matchHeaderRow(list(4), [
        "Was the child assessed as requiring LA children's social care support?",
        "Was the child assessed as requiring LA children’s social care support",
      ]).index.get("requiresSupport"),
    ).toBe(0);
    expect(matchHeaderRow(list(9), ["LA in Touch", "Allocated Personal Advisor"]).index.size).toBe(
      2,
    );
  });

  it("matches the same words in another order, and a near miss only where unambiguous", () => {
    const reordered = matchHeaderRow(list(3), ["Child Unique ID", "Referral date"]);
    expect(reordered.index.get("referralDate")).toBe(1);
    expect(reordered.strong.has("referralDate")).toBe(true);
    const plural = matchHeaderRow(list(7), [
      "Child Unique ID",
      "Child Protection Plans Start Dates",
    ]);
    expect(plural.strong.has("startDate")).toBe(true);
    const extraWord = matchHeaderRow(list(7), [
      "Child Unique ID",
      "Child Protection Plan Start Date (current)",
    ]);
    expect(extraWord.index.get("startDate")).toBe(1);
    expect(extraWord.strong.has("startDate")).toBe(false);
    // Missing and Absent differ by one word: a header naming neither is not guessed.
    const vague = matchHeaderRow(list(8), [
      "Number of Episodes the Child has been from their Placement in the last 12 months",
    ]);
    expect(vague.index.size).toBe(0);
    expect(matchHeaderRow(list(3), ["LA child ref"]).index.get("childId")).toBe(0);
  });

  it("takes the first of two columns with the same header", () => {
    const match = matchHeaderRow(list(1), [
      "Child Unique ID",
      "Date of Contact",
      "Date of Contact",
    ]);
    expect(match.index.get("contactDate")).toBe(1);
  });

  it("recognises a list by its id and a column only it has", () => {
    expect(recogniseHeader(["Child Unique ID", "Date of referral"], null)?.list.number).toBe(3);
    expect(recogniseHeader(["Child Unique ID", "CIN Start Date"], null)?.list.number).toBe(6);
    expect(
      recogniseHeader(["Individual adopter identifier", "Family identifier"], null)?.list.number,
    ).toBe(11);
    // Shared columns alone say nothing...
    expect(
      recogniseHeader(["Child Unique ID", "Gender", "Ethnicity", "Date of Birth"], null),
    ).toBeNull();
    // ...unless the sheet is named as a list, which is then reported as missing its key column.
    expect(recogniseHeader(["Child Unique ID", "Gender"], 5)?.list.number).toBe(5);
    // Guidance and code sheets are not lists.
    expect(
      recogniseHeader(["List Number/Title", "Field Heading", "Detailed Guidance"], 1),
    ).toBeNull();
    expect(
      recogniseHeader(["Gender", "Ethnicity", "Contact / Referral Source", "Referral NFA?"], null),
    ).toBeNull();
  });

  it("prefers the list whose own columns are there over a misleading sheet name", () => {
    const match = recogniseHeader(["Child Unique ID", "Continuous Assessment Start Date"], 3);
    expect(match?.list.number).toBe(4);
  });

  it("every field heading of the 2019 guidance matches its list's column", () => {
    const guidance = readFileSync(join(SHARED_DATA, "annex-a-2019-guidance.txt"), "utf8");
    let current: number | null = null;
    let checked = 0;
    for (const line of guidance.split("\n")) {
      const heading = /^## List (\d+):/.exec(line);
      if (heading) current = Number(heading[1]);
      const field = /^- ([^:]+?)\s*: /.exec(line);
      if (current === null || !field?.[1]) continue;
      const match = matchHeaderRow(list(current), [field[1]]);
      expect(match.strong.size, `List ${current}: ${field[1]}`).toBe(1);
      checked++;
    }
    expect(checked).toBeGreaterThan(150);
  });
});

describe("the list definitions", () => {
  it("have no two columns of one list that read the same", () => {
    for (const def of ANNEX_A_LISTS) {
      const texts = new Map<string, string>();
      const words = new Map<string, string>();
      for (const column of def.columns) {
        for (const header of column.headers) {
          const text = normaliseHeader(header);
          const key = [...headerWords(text)].sort().join(" ");
          expect(texts.get(text) ?? column.key, `List ${def.number}: ${header}`).toBe(column.key);
          expect(words.get(key) ?? column.key, `List ${def.number}: ${header}`).toBe(column.key);
          texts.set(text, column.key);
          words.set(key, column.key);
        }
      }
    }
  });

  it("name real columns as id, anchors, required and key date; anchors belong to one list", () => {
    for (const def of ANNEX_A_LISTS) {
      const keys = new Set(def.columns.map((c) => c.key));
      for (const key of [
        def.idColumn,
        ...def.anchors,
        ...def.required,
        ...(def.keyDate ? [def.keyDate] : []),
      ]) {
        expect(keys.has(key), `List ${def.number}: ${key}`).toBe(true);
      }
      for (const anchor of def.anchors) {
        const column = def.columns.find((c) => c.key === anchor);
        for (const header of column?.headers ?? []) {
          for (const other of ANNEX_A_LISTS) {
            if (other.number === def.number) continue;
            const hit = matchHeaderRow(other, [header]);
            expect(
              [...hit.strong].filter(
                (key) => other.anchors.includes(key) || key === other.idColumn,
              ),
              `List ${def.number} anchor "${header}" also in List ${other.number}`,
            ).toEqual([]);
          }
        }
      }
    }
  });
});

describe("listHint", () => {
  it("reads list numbers and names from sheet and file names", () => {
    expect(listHint("List 3")).toBe(3);
    expect(listHint("List_10")).toBe(10);
    expect(listHint("AnnexA_List-07_CP.csv")).toBe(7);
    expect(listHint("List 3: Referral")).toBe(3);
    expect(listHint("Referrals")).toBe(3);
    expect(listHint("annex a - care leavers 2024.csv")).toBe(9);
    expect(listHint("Children in care")).toBe(8);
    expect(listHint("List 12")).toBeNull();
    expect(listHint("Checklist 3")).toBeNull();
    expect(listHint("Front_Sheet")).toBeNull();
    expect(listHint("Codes_used")).toBeNull();
  });
});
