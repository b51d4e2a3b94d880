/**
 * The plan and the Improvement Board on the demo council: the independent chair opens the
 * April 2012 Board, approves the draft plan version, records a decision (after a failed
 * submit shows the error summary), generates the Board's pack and downloads its PDF; a
 * director adds a progress update to a plan action and finds it at the top of the
 * history; a DfE observer opens the same meeting and is offered only the members' pack.
 * Screenshots of the plan, an action, the meeting and the calendar go to .tmp/screens.
 */
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { heading, launchChromium, screenshot, signInAs, watchConsole } from "./browser.ts";

const baseUrl = inject("baseUrl");
const MEETING = "Improvement Board, April 2012";
let browser: Browser;
/** The Board's pack the chair generates, which the observer must be refused. */
let boardPackPdf = "";

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

async function openAprilBoard(page: Page): Promise<void> {
  await page.getByRole("navigation", { name: "Menu" }).getByRole("link", { name: "Board" }).click();
  await expect.poll(() => heading(page)).toBe("Meetings");
  expect(await page.title()).toBe("Meetings - Waymark");
  await page
    .getByRole("table", { name: "Meetings of the Improvement Board" })
    .getByRole("link", { name: MEETING })
    .click();
  await expect.poll(() => heading(page)).toBe(MEETING);
  expect(await page.title()).toBe(`${MEETING} - Waymark`);
}

describe("the independent chair at the April 2012 Board", () => {
  it("approves the draft plan, records a decision, generates the Board's pack and downloads its PDF", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchConsole(page, /^Failed to load resource: .* status of 4\d\d/);
    try {
      await signInAs(page, baseUrl, "chair");
      await openAprilBoard(page);

      // The draft version is approved at this meeting, and is then locked.
      const versions = page.getByRole("table", { name: "Improvement Plan versions" });
      const approve = versions.getByRole("button", {
        name: /^Approve this version at this meeting/,
      });
      await expect.poll(() => approve.count()).toBe(1);
      const draftRow = versions
        .getByRole("row")
        .filter({ has: page.getByRole("button", { name: /^Approve this version/ }) });
      const version = (await draftRow.getByRole("rowheader").textContent())?.trim();
      await approve.click();
      await page
        .getByRole("alert")
        .filter({ hasText: `${version} of the plan approved at ${MEETING}` })
        .waitFor();
      const approvedRow = versions.getByRole("row").filter({ hasText: version ?? "" });
      await expect.poll(() => approvedRow.textContent()).toContain("ApprovedLocked");
      expect(await approvedRow.textContent()).toContain(`At ${MEETING}`);
      expect(await approve.count()).toBe(0);

      // A decision: an empty one is refused with a GOV.UK error summary first.
      await page.getByText("Record a decision").click();
      const record = page.getByRole("button", { name: "Record the decision" });
      await record.click();
      const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
      await summary.getByRole("link", { name: "Write the decision" }).waitFor();
      expect(await page.title()).toBe(`Error: ${MEETING} - Waymark`);
      const decision = "The Board approved the revised Improvement Plan.";
      await page.getByLabel("Decision", { exact: true }).fill(decision);
      await record.click();
      await page.getByRole("alert").filter({ hasText: "Decision recorded" }).waitFor();
      const decisions = page.getByRole("region", { name: "Decisions" });
      await expect
        .poll(() => decisions.getByRole("listitem").allTextContents())
        .toContainEqual(expect.stringContaining(decision));

      // An action due before the meeting: the server's own message, against the date.
      await page.getByText("Record an action").click();
      await page.getByLabel("What is to be done").fill("Report agency staffing by team");
      await page.getByLabel("Owner", { exact: true }).fill("Head of HR, Children's Services");
      await page.getByLabel("Due", { exact: true }).fill("2012-01-31");
      await page.getByRole("button", { name: "Record the action" }).click();
      const refused = page
        .getByRole("alert")
        .filter({ hasText: "There is a problem" })
        .getByRole("link", { name: "An action cannot be due before the meeting that set it." });
      await refused.waitFor();
      await refused.click();
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.id))
        .toBe("action-dueDate");
      await page.getByLabel("Due", { exact: true }).fill("2012-05-29");
      await page.getByRole("button", { name: "Record the action" }).click();
      await page.getByRole("alert").filter({ hasText: "Action recorded" }).waitFor();
      await expect
        .poll(() => page.getByRole("table", { name: "Actions set at this meeting" }).textContent())
        .toContain("Report agency staffing by team");

      // The Board's pack: progress is shown while it is generated, then its links.
      await page.evaluate(() => {
        const seen: string[] = [];
        Object.assign(window, { packStatus: seen });
        const status = document.querySelector(".app-pack-progress");
        if (!status) return;
        new MutationObserver(() => {
          const text = status.textContent ?? "";
          if (text && seen.at(-1) !== text) seen.push(text);
        }).observe(status, { childList: true, subtree: true, characterData: true });
      });
      await page.getByRole("button", { name: "Generate the Board's pack" }).click();
      const ready = page.getByRole("alert").filter({ hasText: "The Board's pack is ready" });
      await ready.waitFor({ timeout: 60_000 });
      const said = (await page.evaluate(
        () => (window as unknown as { packStatus: string[] }).packStatus,
      )) as string[];
      expect(said[0]).toMatch(/^Generating the Board's pack/);

      const packs = page.getByRole("table", { name: "Packs" });
      const boardPack = packs.getByRole("row").filter({ hasText: "The Board's pack" });
      await expect.poll(() => boardPack.count()).toBe(1);
      const download = page.waitForEvent("download");
      await boardPack.getByRole("link", { name: /^Download the PDF/ }).click();
      boardPackPdf =
        (await boardPack.getByRole("link", { name: /^Download the PDF/ }).getAttribute("href")) ??
        "";
      const pdf = await download;
      const file = await pdf.path();
      expect(readFileSync(file).subarray(0, 5).toString()).toBe("%PDF-");
      expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);

      // The HTML pack opens in a new tab.
      const html = boardPack.getByRole("link", { name: /^Open the HTML pack/ });
      expect(await html.getAttribute("target")).toBe("_blank");
      const [tab] = await Promise.all([context.waitForEvent("page"), html.click()]);
      await tab.waitForLoadState();
      expect(tab.url()).toMatch(/\/api\/board\/packs\/\d+\/pack\.html$/);
      expect(await tab.content()).toContain(decision);
      await tab.close();

      // A members' pack too, for the observer below.
      await page.getByRole("button", { name: "Generate the members' pack" }).click();
      await page
        .getByRole("alert")
        .filter({ hasText: "The members' pack is ready" })
        .waitFor({ timeout: 60_000 });
      await expect
        .poll(() => packs.getByRole("row").filter({ hasText: "The members' pack" }).count())
        .toBe(1);
      await screenshot(page, "board-meeting");

      await page
        .getByRole("navigation", { name: "Improvement Board" })
        .getByRole("link", { name: "Reporting calendar" })
        .click();
      await expect.poll(() => heading(page)).toBe("Reporting calendar");
      const calendar = page.getByRole("table", { name: "Reporting calendar" });
      await expect.poll(() => calendar.getByRole("row").count()).toBeGreaterThan(20);
      // Every state is a word with its reason beside it, never a colour alone.
      expect(await calendar.textContent()).toMatch(/Delivered on time\s*On \d+ \w+ 2012/);
      await screenshot(page, "board-calendar");
      await page.getByRole("link", { name: /^Overdue \(\d+\)$/ }).click();
      await expect.poll(() => new URL(page.url()).search).toBe("?show=overdue");

      // The Board's actions: the one just set is listed with its state in words, and can be
      // marked done.
      await page
        .getByRole("navigation", { name: "Improvement Board" })
        .getByRole("link", { name: "Actions" })
        .click();
      await expect.poll(() => heading(page)).toBe("Board actions");
      const all = page.getByRole("table", { name: "Every action the Board has set" });
      const row = all.getByRole("row").filter({ hasText: "Report agency staffing by team" });
      await expect.poll(() => row.textContent()).toContain("Open");
      await row.getByText("Mark done").first().click();
      await row.getByLabel("Done on").fill("2012-04-26");
      await row.getByRole("button", { name: /^Mark done/ }).click();
      await expect
        .poll(() => row.textContent())
        .toMatch(/DoneOn 26 April 2012 \(due 29 May 2012\)/);

      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe("a director updating the plan", () => {
  it("filters the plan by rating, opens an action and adds a dated progress update", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchConsole(page, /^Failed to load resource: .* status of 4\d\d/);
    try {
      await signInAs(page, baseUrl, "director");
      await page
        .getByRole("navigation", { name: "Menu" })
        .getByRole("link", { name: "Plan" })
        .click();
      await expect.poll(() => heading(page)).toBe("Improvement Plan");
      const actions = page.getByRole("table", { name: "Actions in the Improvement Plan" });
      await expect.poll(() => actions.getByRole("row").count()).toBeGreaterThan(5);
      await page.getByRole("heading", { name: "ICS implementation workstream" }).waitFor();
      await screenshot(page, "plan");

      await page.getByRole("link", { name: /^Red \(\d+\)$/ }).click();
      const red = page.getByRole("table", { name: "Red actions in the Improvement Plan" });
      await expect.poll(() => red.getByRole("row").count()).toBeGreaterThan(1);
      for (const text of await red.locator("tbody tr").allTextContents())
        expect(text).toMatch(/Red/);

      await page.getByRole("link", { name: /^All actions \(\d+\)$/ }).click();
      const first = page
        .getByRole("table", { name: "Actions in the Improvement Plan" })
        .locator("tbody tr")
        .first()
        .getByRole("link");
      const title = (await first.textContent())?.trim() ?? "";
      await first.click();
      await expect.poll(() => heading(page)).toBe(title);

      const text = "Second recruitment round opened; 6 more offers made.";
      await page.getByLabel("Date of the update").fill("2012-04-25");
      await page.getByLabel("In progress").check();
      await page.getByLabel("How complete is the action, in per cent?").fill("55");
      await page.getByLabel("What has happened").fill(text);
      await page.getByRole("button", { name: "Add the update" }).click();
      await page.getByRole("alert").filter({ hasText: "Progress update added" }).waitFor();
      const history = page
        .getByRole("region", { name: "Progress updates" })
        .locator(".app-history__item");
      await expect.poll(() => history.first().textContent()).toContain(text);
      expect(await history.first().textContent()).toContain("25 April 2012");
      expect(await history.count()).toBeGreaterThan(1);

      // Evidence: a link, and a file sent as a multipart upload.
      await page.getByLabel("Title").first().fill("Recruitment campaign report");
      await page.getByLabel("Web address").fill("https://intranet.example.gov.uk/recruitment");
      await page.getByRole("button", { name: "Add the link" }).click();
      await page.getByRole("alert").filter({ hasText: "Link added" }).waitFor();
      const content = Buffer.from("%PDF-1.4\n% Waymark test\n");
      await page.getByLabel("Title").nth(1).fill("Establishment report to Cabinet");
      await page.getByLabel("File", { exact: true }).setInputFiles({
        name: "establishment.pdf",
        mimeType: "application/pdf",
        buffer: content,
      });
      await page.getByRole("button", { name: "Upload the file" }).click();
      await page.getByRole("alert").filter({ hasText: "File added: establishment.pdf" }).waitFor();
      const evidence = page.getByRole("region", { name: "Evidence" }).getByRole("table");
      await expect.poll(() => evidence.getByRole("row").count()).toBe(3);
      const file = evidence.getByRole("row").filter({ hasText: "establishment.pdf" });
      expect(await file.textContent()).toContain(`establishment.pdf, ${content.length} bytes`);
      const fileHref = await file
        .getByRole("link", { name: "Establishment report to Cabinet" })
        .getAttribute("href");
      const fetched = await page.request.get(`${baseUrl}${fileHref}`);
      expect((await fetched.body()).equals(content)).toBe(true);
      await screenshot(page, "plan-action");

      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe("a DfE observer at the April 2012 Board", () => {
  it("reads the meeting and is offered only the members' pack", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchConsole(page, /^Failed to load resource: .* status of 4\d\d/);
    try {
      await signInAs(page, baseUrl, "dfe.observer");
      await openAprilBoard(page);
      await page.getByRole("heading", { name: "Packs" }).waitFor();
      const packs = page.getByRole("table", { name: "Packs" });
      await expect.poll(() => packs.getByRole("row").count()).toBeGreaterThan(1);
      const names = await packs.locator("tbody th").allTextContents();
      expect(names.length).toBeGreaterThan(0);
      for (const name of names) expect(name).toMatch(/^The members' pack/);
      // Nothing to generate, approve or record.
      expect(await page.getByRole("button", { name: /^Generate/ }).count()).toBe(0);
      expect(await page.getByRole("button", { name: /^Approve/ }).count()).toBe(0);
      expect(await page.getByText("Record a decision").count()).toBe(0);

      // The members' pack opens; the Board's is refused by the server whatever the page shows.
      const href = await packs
        .getByRole("link", { name: /^Download the PDF/ })
        .first()
        .getAttribute("href");
      const members = await page.request.get(`${baseUrl}${href}`);
      expect(members.status()).toBe(200);
      expect((await members.body()).subarray(0, 5).toString()).toBe("%PDF-");
      expect(boardPackPdf).toMatch(/^\/api\/board\/packs\/\d+\/pack\.pdf$/);
      const board = await page.request.get(`${baseUrl}${boardPackPdf}`);
      expect(board.status()).toBe(403);

      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
