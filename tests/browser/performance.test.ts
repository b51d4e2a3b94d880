import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { heading, launchChromium, screenshot, signInAs } from "./browser.ts";

const baseUrl = inject("baseUrl");
// A percentage with a numerator and denominator in every recent month.
const INDICATOR = "Initial assessments within 10 working days of referral";
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

/** Content-Security-Policy refusals show up only in the console: collect them. */
function watchCsp(page: Page): string[] {
  const refusals: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text()))
      refusals.push(message.text());
  });
  return refusals;
}

describe("a performance officer reading the figures", () => {
  it("opens the scorecard, an indicator with its chart and table, and the children behind a numerator", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const refusals = watchCsp(page);
    try {
      await signInAs(page, baseUrl, "perf.officer");
      await page
        .getByRole("navigation", { name: "Menu" })
        .getByRole("link", { name: "Performance" })
        .click();
      await expect.poll(() => heading(page)).toBe("Performance scorecard");
      expect(await page.title()).toBe("Performance scorecard - Waymark");
      await expect
        .poll(() => page.getByText(/^Figures computed .+ from imports up to /).count())
        .toBe(1);

      // Grouped tables, each indicator a link, each rating a word with its reason.
      const frontDoor = page.getByRole("table", { name: /^Front door, / });
      await expect.poll(() => frontDoor.getByRole("row").count()).toBeGreaterThan(1);
      const assessments = page.getByRole("table", { name: /^Assessments, / });
      const row = assessments.getByRole("row").filter({ hasText: INDICATOR });
      expect(await row.count()).toBe(1);
      expect(await row.textContent()).toMatch(/Green|Amber|Red|No target|No data/);
      expect(await row.textContent()).toMatch(
        /Since last month: (Improving|Worsening|Unchanged|No better direction|Not comparable)/,
      );
      // Sparklines are drawn, and hidden from screen readers.
      await expect.poll(() => page.locator(".app-sparkline svg").count()).toBeGreaterThan(5);
      expect(await page.locator(".app-sparkline").first().getAttribute("aria-hidden")).toBe("true");
      await screenshot(page, "performance-scorecard");

      await row.getByRole("link", { name: INDICATOR }).click();
      await expect.poll(() => heading(page)).toBe(INDICATOR);
      await page.getByRole("heading", { name: "Definition" }).waitFor();

      // The chart: an image named by a summary, drawn as SVG from the shared option builder.
      const chart = page.getByRole("img", { name: /^SPC chart of / });
      await expect.poll(() => chart.locator("svg path").count()).toBeGreaterThan(10);
      expect(await chart.getAttribute("aria-label")).toMatch(/Latest value \d/);
      // The table behind it: every period, with numerators linked to their records.
      const points = page.getByRole("table", { name: /values behind the chart/ });
      await expect.poll(() => points.getByRole("row").count()).toBeGreaterThan(13);
      await screenshot(page, "performance-indicator");

      const numerator = points.getByRole("link", { name: /records in the numerator/ }).first();
      const label = await numerator.textContent();
      await numerator.click();
      await expect.poll(() => heading(page)).toMatch(/^Records in the numerator, \w+ \d{4}$/);
      const records = page.getByRole("table", { name: /records? you can see/ });
      await expect.poll(() => records.getByRole("row").count()).toBeGreaterThan(1);
      const child = records.getByRole("link").first();
      expect(await child.getAttribute("href")).toMatch(/^\/children\/\d+$/);
      // The officer reads every child, so every record behind the number is listed.
      expect(await page.getByText(/more (is|are) not shown/).count()).toBe(0);
      expect(label).toMatch(/^\d/);
      await screenshot(page, "performance-drill-down");

      expect(refusals).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe("a DfE observer reading the figures", () => {
  it("sees the scorecard and an indicator with small numbers withheld and no drill-down", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const refusals = watchCsp(page);
    try {
      await signInAs(page, baseUrl, "dfe.observer");
      const menu = page.getByRole("navigation", { name: "Menu" }).getByRole("link");
      await expect
        .poll(async () => (await menu.allTextContents()).map((text) => text.trim()))
        .toEqual(["Home", "Performance", "Exceptions", "Plan", "Board", "Your account"]);
      await menu.filter({ hasText: "Performance" }).click();
      await expect.poll(() => heading(page)).toBe("Performance scorecard");
      await page.getByText("Figures resting on 1 to 5 children are not shown").waitFor();
      const tables = page.getByRole("table");
      await expect.poll(() => tables.count()).toBeGreaterThan(3);
      await screenshot(page, "performance-scorecard-observer");

      await page.getByRole("link", { name: INDICATOR }).click();
      await expect.poll(() => heading(page)).toBe(INDICATOR);
      const points = page.getByRole("table", { name: /values behind the chart/ });
      await expect.poll(() => points.getByRole("row").count()).toBeGreaterThan(13);
      expect(await page.getByRole("link", { name: /records in the/ }).count()).toBe(0);
      expect(await page.locator('a[href*="/children"]').count()).toBe(0);
      // The server refuses the drill-down to this role whatever the page shows.
      const api = await page.request.get(
        `${baseUrl}/api/performance/indicators/initial_assessments_10wd/children?periodEnd=2013-03-31`,
      );
      expect(api.status()).toBe(403);
      expect(refusals).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
