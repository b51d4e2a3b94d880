import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { isKnownCode, SSDA903_CODE_LISTS } from "./code-lists.ts";
import { SSDA903_TABLES, TABLE_SPECS } from "./tables.ts";

const SHARED_LISTS = fileURLToPath(
  new URL("../../../../../shared/data/code-lists.json", import.meta.url),
);

describe("SSDA903 code lists", () => {
  it("match the shared reference copy exactly", () => {
    const shared = JSON.parse(readFileSync(SHARED_LISTS, "utf8")) as { ssda903: unknown };
    expect(SSDA903_CODE_LISTS).toEqual(shared.ssda903);
  });

  it("cover every coded column the table specs name", () => {
    for (const table of SSDA903_TABLES) {
      for (const listKey of Object.values(TABLE_SPECS[table].codes)) {
        expect(SSDA903_CODE_LISTS[listKey], `${table} -> ${listKey}`).toBeDefined();
      }
    }
  });

  it("answers membership and fails loudly on a list that does not exist", () => {
    expect(isKnownCode("episodes.RNE", "S")).toBe(true);
    expect(isKnownCode("episodes.RNE", "Q")).toBe(false);
    expect(() => isKnownCode("episodes.NOPE", "S")).toThrow(/internal/);
  });
});
