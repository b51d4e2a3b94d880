/**
 * Takes screenshots of the main pages for a few roles, to check the built web by eye.
 * Not a test: the journeys live elsewhere. Needs a running server and Chromium:
 *
 *   node bin/waymark.js --data-dir /tmp/wm-web start --port 3100
 *   npx tsx src/web/screenshots.ts [http://127.0.0.1:3100] [out-dir]
 *
 * Prints any console error (a CSP refusal shows up here) so a broken asset is noticed.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Page } from "playwright-core";

const base = process.argv[2] ?? "http://127.0.0.1:3100";
const out = process.argv[3] ?? ".tmp/screens";
const PASSWORD = "improvement-board-2012";

/** Which pages to capture for each demo user. */
const PLAN: Record<string, string[]> = {
  director: ["/", "/children", "child", "/audit"],
  admin: [
    "/",
    "/admin/users",
    "/admin/roles",
    "/admin/teams",
    "/admin/alerts",
    "/audit",
    "/children",
  ],
  "sw.referral": ["/", "/children", "child", "/account"],
  councillor: ["/", "/children", "/account"],
};

async function signIn(page: Page, username: string): Promise<void> {
  await page.goto(`${base}/sign-in`);
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
}

async function capture(page: Page, name: string): Promise<void> {
  await page.waitForLoadState("networkidle");
  await page.waitForFunction(() => !document.querySelector('[role="status"]'));
  await page.screenshot({ path: join(out, `${name}.png`), fullPage: true });
  console.log(`${name}: ${await page.title()}`);
}

async function main(): Promise<void> {
  mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-sync",
    ],
  });
  try {
    const anonymous = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await anonymous.goto(`${base}/children`);
    await anonymous.getByLabel("Username").waitFor();
    await capture(anonymous, "signed-out-sign-in");
    await anonymous.close();

    for (const [username, pages] of Object.entries(PLAN)) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      page.on("console", (message) => {
        if (message.type() === "error")
          console.log(`  console error (${username}): ${message.text()}`);
      });
      await signIn(page, username);
      for (const path of pages) {
        if (path === "child") {
          await page.goto(`${base}/children`);
          await page.locator("tbody a").first().click();
          await page.getByText("Allocation history").first().waitFor();
          await capture(page, `${username}-child`);
        } else {
          await page.goto(`${base}${path}`);
          await capture(
            page,
            `${username}-${path === "/" ? "home" : path.slice(1).replaceAll("/", "-")}`,
          );
        }
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
}

await main();
