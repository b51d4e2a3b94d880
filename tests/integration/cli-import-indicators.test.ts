/**
 * The command line as a performance officer uses it: import two overlapping census years,
 * then ask for the indicators. Each referral is counted once; exit codes are as documented.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const dir = mkdtempSync(join(tmpdir(), "waymark-cli-test-"));
const dataDir = join(dir, "data");
const waymark = (...args: string[]) =>
  spawnSync(process.execPath, ["bin/waymark.js", "--data-dir", dataDir, ...args], {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: "" },
  });

function census(referenceDate: string, referrals: [string, string, string?][]): string {
  const children = referrals
    .map(
      ([
        child,
        date,
        closure,
      ]) => `<Child><ChildIdentifiers><LAchildID>${child}</LAchildID><PersonBirthDate>2006-01-01</PersonBirthDate><Sex>2</Sex></ChildIdentifiers>
  <CINdetails><CINreferralDate>${date}</CINreferralDate><ReferralSource>2A</ReferralSource><PrimaryNeedCode>N1</PrimaryNeedCode>${closure ? `<CINclosureDate>${closure}</CINclosureDate><ReasonForClosure>RC8</ReasonForClosure>` : ""}<ReferralNFA>false</ReferralNFA></CINdetails></Child>`,
    )
    .join("\n");
  return `<Message><Header><CollectionDetails><Collection>CIN</Collection><Year>${referenceDate.slice(0, 4)}</Year><ReferenceDate>${referenceDate}</ReferenceDate></CollectionDetails></Header><Children>${children}</Children></Message>`;
}

// Each case starts several CLI processes, each opening the embedded database (seconds apiece
// on a busy two-core machine): a generous limit, not a speed assertion.
describe("waymark import and waymark indicators", { timeout: 120_000 }, () => {
  it("counts a referral that appears in two census years once, and re-referrals within 12 months", () => {
    // C1 referred 2011-02-01 (open across 31 March, so in both files) and again 2011-12-01: a re-referral.
    writeFileSync(
      join(dir, "2011.xml"),
      census("2011-03-31", [
        ["C1", "2011-02-01"],
        ["C2", "2010-10-10", "2011-01-05"],
      ]),
    );
    writeFileSync(
      join(dir, "2012.xml"),
      census("2012-03-31", [
        ["C1", "2011-02-01", "2011-06-30"],
        ["C1", "2011-12-01"],
        ["C3", "2011-05-05"],
      ]),
    );
    const imported = waymark("import", join(dir, "2012.xml"), join(dir, "2011.xml"));
    expect(imported.status, imported.stdout + imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(/2012\.xml: LOADED/);

    const out = waymark("indicators", "--from", "2010-04-01", "--to", "2012-03-31", "--json");
    expect(out.status, out.stderr).toBe(0);
    const rows = JSON.parse(out.stdout) as {
      id: string;
      numerator: number;
      denominator: number | null;
      value: number | null;
    }[];
    const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
    expect(byId.referrals).toEqual({ id: "referrals", numerator: 4, denominator: null, value: 4 });
    // 1 of 4 referrals (C1 on 2011-12-01) had another referral for the child in the 12 months before: 25.0%.
    expect(byId.re_referrals_12m).toEqual({
      id: "re_referrals_12m",
      numerator: 1,
      denominator: 4,
      value: 25,
    });
    // Open at 2012-03-31: C1's second referral and C3.
    expect(byId.cin_open_at_end?.value).toBe(2);
    expect(byId.assessments_45wd?.value).toBeNull();
  });

  it("exits 2 and prints the problem for a rejected file, and refuses a bad date", () => {
    writeFileSync(join(dir, "bad.xml"), census("2012-03-31", [["C9", "2011-13-01"]]));
    const rejected = waymark("import", join(dir, "bad.xml"));
    expect(rejected.status).toBe(2);
    expect(rejected.stdout).toMatch(/REJECTED[\s\S]*CINreferralDate: \[CIN_DATE_INVALID\]/);
    const bad = waymark("indicators", "--from", "2012-02-30", "--to", "2012-03-31");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--from must be a real date/);
  });
});
