/**
 * Journeys in real Chromium against `waymark start` on a fresh demo council: every demo
 * role signs in, sees exactly its menu, and is refused a page it may not use, both when
 * it types the address and when the server is asked directly.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEMO_PEOPLE } from "../../src/demo/demo-people.ts";
import type { Role } from "../../src/platform/access/roles.ts";
import { launchChromium, signInAs } from "./browser.ts";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

// Everyone who works with or governs the figures reads the plan and the Board's business;
// the system administrator reads neither.
const CHILD_MENU = [
  "Home",
  "Performance",
  "Exceptions",
  "Plan",
  "Board",
  "Children",
  "Your account",
];
const PERFORMANCE_MENU = [
  "Home",
  "Performance",
  "Exceptions",
  "Plan",
  "Board",
  "Children",
  "Imports",
  "Your account",
];
const AGGREGATE_MENU = ["Home", "Performance", "Exceptions", "Plan", "Board", "Your account"];
const EXPECTED_MENU: Record<Role, string[]> = {
  performance_officer: PERFORMANCE_MENU,
  social_worker: CHILD_MENU,
  team_manager: CHILD_MENU,
  qa_lead: CHILD_MENU,
  director: [
    "Home",
    "Performance",
    "Exceptions",
    "Plan",
    "Board",
    "Children",
    "Imports",
    "Audit log",
    "Your account",
  ],
  board_chair: AGGREGATE_MENU,
  board_member: AGGREGATE_MENU,
  dfe_observer: AGGREGATE_MENU,
  elected_member: AGGREGATE_MENU,
  admin: ["Home", "Imports", "Administration", "Audit log", "Your account"],
};
const FORBIDDEN_PAGE: Record<Role, string> = {
  performance_officer: "/admin/users",
  social_worker: "/audit",
  team_manager: "/admin/roles",
  qa_lead: "/admin/alerts",
  director: "/admin/users",
  board_chair: "/children",
  board_member: "/children",
  dfe_observer: "/children",
  elected_member: "/audit",
  admin: "/plan",
};

describe("each demo role", () => {
  for (const person of DEMO_PEOPLE) {
    it(`${person.username} (${person.role}) sees its menu and is refused ${FORBIDDEN_PAGE[person.role]}`, async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      try {
        await signInAs(page, baseUrl, person.username);
        await expect.poll(() => page.getByRole("heading", { level: 1 }).count()).toBe(1);
        const menu = page.getByRole("navigation", { name: "Menu" }).getByRole("link");
        await expect
          .poll(async () => (await menu.allTextContents()).map((t) => t.trim()))
          .toEqual(EXPECTED_MENU[person.role]);

        await page.goto(`${baseUrl}${FORBIDDEN_PAGE[person.role]}`);
        await expect
          .poll(() => page.getByRole("heading", { level: 1 }).textContent())
          .toBe("You do not have permission to see this page");
        // The server refuses the same thing on its own, whatever the browser shows.
        const api = await page.request.get(`${baseUrl}/api${FORBIDDEN_PAGE[person.role]}`);
        expect(api.status()).toBe(403);
      } finally {
        await context.close();
      }
    });
  }
});

describe("a social worker opening a child outside their team", () => {
  it("is refused, breaks glass with a reason, and then sees the record", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await signInAs(page, baseUrl, "perf.officer");
      const all = await page.request.get(`${baseUrl}/api/children?limit=200`);
      const children = (await all.json()).children as {
        id: number;
        laChildId: string;
        teamName: string | null;
      }[];
      // A child allocated to another team: the import journey may have added unallocated
      // sample children, which are not "outside the team" in the same sense.
      const outside = children.find(
        (c) => c.teamName !== null && c.teamName !== "Referral and Assessment",
      );
      expect(outside).toBeDefined();
      await context.clearCookies();
      await signInAs(page, baseUrl, "sw.referral");
      await page.goto(`${baseUrl}/children/${outside?.id}`);
      await page
        .getByLabel("Why do you need to see this record?")
        .fill("Duty call from the police about this child tonight");
      await page.getByRole("button", { name: "Open the record with break-glass access" }).click();
      // The record's heading names the child (its LA child id) once access is granted.
      await expect
        .poll(() => page.getByRole("heading", { level: 1 }).textContent(), { timeout: 20_000 })
        .toContain(outside?.laChildId);
    } finally {
      await context.close();
    }
  });
});
