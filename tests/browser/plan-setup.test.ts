import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { heading, launchChromium, screenshot, signInAs, watchConsole } from "./browser.ts";

const baseUrl = inject("baseUrl");
const REPORT = "Quarterly progress report 1 to the minister";
const ACTION = "Publish the social work practice standards to every team";
const MILESTONE = "Practice standards agreed by the practice board";
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

async function openMenu(page: Page, name: string): Promise<void> {
  await page.getByRole("navigation", { name: "Menu" }).getByRole("link", { name }).click();
}

describe("the independent chair's first quarterly report to the minister", () => {
  it("writes commentary against a measure, keeps the earlier entry as history, and generates the members' version", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchConsole(page, /status of 401/);
    try {
      await signInAs(page, baseUrl, "chair");
      await openMenu(page, "Board");
      await page
        .getByRole("navigation", { name: "Improvement Board" })
        .getByRole("link", { name: "Reporting calendar" })
        .click();
      await expect.poll(() => heading(page)).toBe("Reporting calendar");
      await page.getByRole("link", { name: REPORT }).click();
      await expect.poll(() => heading(page)).toBe(REPORT);
      expect(await page.title()).toBe(`${REPORT} - Waymark`);
      // Signed off at the last Improvement Board on or before the due date.
      expect(await page.locator(".govuk-summary-list").first().textContent()).toContain(
        "Improvement Board, April 2012",
      );

      const card = page.getByRole("region", { name: "Measure SCP1" });
      expect(await card.textContent()).toContain("No commentary yet.");
      await card.locator("summary").filter({ hasText: "Write commentary" }).click();
      const box = card.getByLabel("Commentary on SCP1 for the minister");
      const save = card.getByRole("button", { name: /^Save the commentary/ });

      // An empty entry is refused with the GOV.UK error summary, linked to the box.
      await save.click();
      const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
      await summary.getByRole("link", { name: /^Write the commentary on SCP1/ }).waitFor();

      const first = "Assessment timeliness is recovering after the backlog was cleared.";
      await box.fill(first);
      await save.click();
      await card.getByRole("alert").filter({ hasText: "Commentary on SCP1 saved" }).waitFor();
      await expect.poll(() => card.textContent()).toContain(first);
      expect(await card.textContent()).toMatch(/Written .+ by Janet Hale/);

      // A newer entry supersedes the first, which stays as history with who and when.
      const second = "Initial assessments are back above the trajectory agreed with the Board.";
      await box.fill(second);
      await save.click();
      await expect
        .poll(() => card.locator("summary").filter({ hasText: "Earlier commentary" }).count())
        .toBe(1);
      const earlier = card.locator("summary").filter({ hasText: "Earlier commentary on SCP1 (1)" });
      await earlier.click();
      const history = card.locator(".app-history__item");
      expect(await history.count()).toBe(1);
      expect(await history.first().textContent()).toContain(first);
      expect(await history.first().textContent()).toMatch(/Written .+ by Janet Hale/);

      // The members' version: progress while it is generated, then its links.
      await page.getByRole("button", { name: "Generate the report for elected members" }).click();
      await page
        .getByRole("alert")
        .filter({ hasText: "The report for elected members is ready" })
        .waitFor({ timeout: 60_000 });
      const reports = page.getByRole("table", { name: "Generated reports" });
      const members = reports.getByRole("row").filter({ hasText: "For elected members" });
      await expect.poll(() => members.count()).toBe(1);

      const open = members.getByRole("link", { name: /^Open the report/ });
      expect(await open.getAttribute("target")).toBe("_blank");
      const [tab] = await Promise.all([context.waitForEvent("page"), open.click()]);
      await tab.waitForLoadState();
      expect(tab.url()).toMatch(/\/api\/board\/packs\/\d+\/pack\.html$/);
      const html = await tab.content();
      expect(html).toContain(REPORT);
      expect(html).toContain(second);
      expect(html).not.toContain(first);
      await tab.close();
      const pdf = await page.request.get(
        `${baseUrl}${await members.getByRole("link", { name: /^Download the PDF/ }).getAttribute("href")}`,
      );
      expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
      await screenshot(page, "board-report");

      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

/** The new action's row of milestones, once the action's page is open. */
function milestoneRow(page: Page) {
  return page
    .getByRole("region", { name: "Milestones" })
    .getByRole("row")
    .filter({ hasText: MILESTONE });
}

describe("adding an action to the plan", () => {
  it("the performance officer adds an action with an owner and a milestone", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchConsole(page, /status of 401/);
    try {
      await signInAs(page, baseUrl, "perf.officer");
      await openMenu(page, "Plan");
      await expect.poll(() => heading(page)).toBe("Improvement Plan");
      await page.getByRole("link", { name: "Add an action" }).click();
      await expect.poll(() => heading(page)).toBe("Add an action");
      await page.getByRole("heading", { name: "Notice measures" }).waitFor();

      // Nothing filled in: every missing answer is listed, in the page's order.
      const add = page.getByRole("button", { name: "Add the action" });
      await add.click();
      const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
      await summary.waitFor();
      expect(await summary.getByRole("link").allTextContents()).toEqual([
        "Say what the action is",
        "Name the lead body",
        "Enter the date the action starts",
        "Enter the date the action is due",
        "Link at least one measure",
        "Name at least one owner",
      ]);
      expect(await page.title()).toBe("Error: Add an action - Waymark");

      await page.getByLabel("Action", { exact: true }).fill(ACTION);
      await page.getByLabel("Lead body").fill("Council");
      await page.getByLabel("Starts").fill("2012-04-02");
      // The action's own due date comes before the milestone's.
      await page.getByLabel("Due", { exact: true }).first().fill("2012-07-31");
      await page.getByLabel(/^SCP3 /).check();
      await page.getByLabel("Name or post").fill("Principal Social Worker");
      await page.getByLabel("Milestone", { exact: true }).fill(MILESTONE);
      await page
        .getByRole("group", { name: "Milestone 1" })
        .getByLabel("Due", { exact: true })
        .fill("2012-05-31");
      await screenshot(page, "plan-new-action");

      await add.click();
      await expect.poll(() => heading(page)).toBe(ACTION);
      expect(new URL(page.url()).pathname).toMatch(/^\/plan\/actions\/\d+$/);
      const details = page.locator(".govuk-summary-list").first();
      expect(await details.textContent()).toContain("Principal Social Worker");
      expect(await details.textContent()).toContain("SCP3");
      expect(await milestoneRow(page).textContent()).toContain("31 May 2012");
      expect(await milestoneRow(page).textContent()).toContain("Not yet");

      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("the director marks the new action's milestone done", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchConsole(page, /status of 401/);
    try {
      await signInAs(page, baseUrl, "director");
      await openMenu(page, "Plan");
      await page
        .getByRole("table", { name: "Actions in the Improvement Plan" })
        .getByRole("link", { name: ACTION })
        .click();
      await expect.poll(() => heading(page)).toBe(ACTION);

      const row = milestoneRow(page);
      await row.locator("summary").filter({ hasText: "Mark done" }).click();
      await row.getByLabel("Done on").fill("2012-04-26");
      await row.getByRole("button", { name: /^Mark done/ }).click();
      await expect.poll(() => row.textContent()).toContain("Done 26 April 2012");
      expect(await row.getByRole("button").count()).toBe(0);

      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
