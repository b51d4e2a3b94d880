/**
 * Importing an extract through the web shell: a performance officer uploads a CIN census
 * sample, sees the upload's progress and result, finds the run in the table and opens its
 * data-quality report; a board member is offered no Imports at all.
 */
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium, signInAs } from "./browser.ts";

const baseUrl = inject("baseUrl");
// Loads, with warnings (a date out of order, an unknown code, stray text).
const CIN_SAMPLE = join(
  process.cwd(),
  "../shared/data/samples/cin/csc-validator-be-cin/CIN_Census_2024.xml",
);
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

/**
 * A fresh server imports the demo council in the background after it starts. Wait until
 * the runs list has stopped growing, so this upload is not interleaved with those imports.
 */
async function waitForBackgroundImports(page: Page): Promise<void> {
  let previous = -1;
  let stableFor = 0;
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    const answer = await page.request.get(`${baseUrl}/api/imports`);
    if (answer.ok()) {
      const { runs } = (await answer.json()) as { runs: { status: string }[] };
      const settled = runs.length === previous && runs.every((run) => run.status !== "running");
      stableFor = settled ? stableFor + 1 : 0;
      previous = runs.length;
      if (stableFor >= 5) return;
    }
    await page.waitForTimeout(1000);
  }
}

describe("a performance officer importing a CIN census return", () => {
  it("uploads it, sees the progress and the result, finds the run and opens its report", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await signInAs(page, baseUrl, "perf.officer");
      await waitForBackgroundImports(page);

      await page
        .getByRole("navigation", { name: "Menu" })
        .getByRole("link", { name: "Imports" })
        .click();
      await expect
        .poll(() => page.getByRole("heading", { level: 1 }).textContent())
        .toBe("Imports");
      expect(await page.title()).toBe("Imports - Waymark");

      // Record what the live region says and whether the progress bar was shown: a small
      // file is sent in a moment, so look for them as they happen.
      await page.evaluate(() => {
        const log: { said: string[]; progress: boolean } = { said: [], progress: false };
        Object.assign(window, { uploadLog: log });
        const live = document.querySelector('form [aria-live="polite"]');
        new MutationObserver(() => {
          if (document.querySelector("progress#upload-progress")) log.progress = true;
          const text = live?.textContent ?? "";
          if (text && log.said.at(-1) !== text) log.said.push(text);
        }).observe(document.body, { childList: true, subtree: true, characterData: true });
      });

      await page.getByLabel("Extract file").setInputFiles(CIN_SAMPLE);
      await page.getByRole("button", { name: "Upload and check" }).click();

      const banner = page
        .getByRole("alert")
        .filter({ hasText: "CIN_Census_2024.xml has been loaded" });
      await banner.waitFor();
      await expect.poll(() => banner.textContent()).toMatch(/Loaded 9 records with 3 warnings\./);
      // The answer takes focus, so keyboard and screen reader users start from it.
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.className ?? ""))
        .toContain("govuk-notification-banner--success");
      const log = (await page.evaluate(
        () => (window as unknown as { uploadLog: unknown }).uploadLog,
      )) as {
        said: string[];
        progress: boolean;
      };
      expect(log.progress).toBe(true);
      expect(log.said[0]).toBe("Uploading: 0%");

      // The run is listed with its status in words, who imported it and its counts.
      const table = page.getByRole("table", { name: "Import runs" });
      const row = table.getByRole("row").filter({ hasText: "CIN_Census_2024.xml" });
      await expect.poll(() => row.count()).toBe(1);
      const cells = (await row.getByRole("cell").allTextContents()).map((text) => text.trim());
      expect(cells).toContain("Loaded");
      expect(cells).toContain("perf.officer");
      expect(cells.slice(-4, -1)).toEqual(["9", "0", "3"]);

      await row.getByRole("link", { name: /^Report on CIN_Census_2024\.xml/ }).click();
      await expect
        .poll(() => page.getByRole("heading", { level: 1 }).textContent())
        .toBe("CIN_Census_2024.xml");
      expect(await page.title()).toBe("Import report: CIN_Census_2024.xml - Waymark");
      await page.getByRole("heading", { name: "Data quality" }).waitFor();
      const records = page.getByRole("table", { name: "Records loaded, by type" });
      expect(
        (await records.getByRole("row").filter({ hasText: "Children" }).textContent())?.trim(),
      ).toMatch(/Children\s*2/);
      const problems = page.getByRole("table", { name: "All 3 problems" });
      await expect.poll(() => problems.getByRole("row").count()).toBe(4);
      expect(await problems.getByText("CIN_UNKNOWN_CODE").count()).toBe(1);
      const download = page.getByRole("link", { name: "Download the problems as CSV" });
      const href = await download.getAttribute("href");
      const csv = await page.request.get(`${baseUrl}${href}`);
      expect(csv.status()).toBe(200);
      expect(csv.headers()["content-type"]).toContain("text/csv");
    } finally {
      await context.close();
    }
  });
});

describe("an Improvement Board member", () => {
  it("is offered no Imports and is refused the page", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await signInAs(page, baseUrl, "board.member");
      const menu = page.getByRole("navigation", { name: "Menu" }).getByRole("link");
      await expect
        .poll(async () => (await menu.allTextContents()).map((text) => text.trim()))
        .toEqual(["Home", "Performance", "Exceptions", "Plan", "Board", "Your account"]);
      expect(await page.getByRole("link", { name: "Imports" }).count()).toBe(0);

      await page.goto(`${baseUrl}/imports`);
      await expect
        .poll(() => page.getByRole("heading", { level: 1 }).textContent())
        .toBe("You do not have permission to see this page");
      expect((await page.request.get(`${baseUrl}/api/imports`)).status()).toBe(403);
    } finally {
      await context.close();
    }
  });
});
