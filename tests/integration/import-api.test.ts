/** Uploading extracts through the HTTP API: limits, hostile names, reports and audit. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type SignedIn, signIn, type TestApp } from "../support/test-app.ts";

const SAMPLES = join(process.cwd(), "../shared/data/samples");
let t: TestApp;
let perf: SignedIn;

beforeAll(async () => {
  t = await createTestApp({ children: 3, config: { maxUploadBytes: 64 * 1024 } });
  perf = await signIn(t.app, "perf.officer");
});
afterAll(async () => {
  await t.close();
});

function multipart(fileName: string, content: Buffer | string) {
  const boundary = "----waymark-test-boundary";
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    Buffer.isBuffer(content) ? content : Buffer.from(content),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

function upload(session: SignedIn, fileName: string, content: Buffer | string, query = "") {
  const { body, contentType } = multipart(fileName, content);
  return t.app.inject({
    method: "POST",
    url: `/api/imports${query}`,
    headers: { ...session.headers, "content-type": contentType },
    payload: body,
  });
}

describe("uploading an extract", () => {
  it("loads a CIN census file and reports counts", async () => {
    const response = await upload(
      perf,
      "CIN_Census_2024.xml",
      readFileSync(join(SAMPLES, "cin/csc-validator-be-cin/CIN_Census_2024.xml")),
    );
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      status: "loaded",
      counts: { referral: 2, child: 2 },
      errorCount: 0,
    });
  });

  it("rejects hostile XML with 422 and a coded report, loading nothing", async () => {
    const before = await t.database.db.execute(
      sql`SELECT count(*)::int AS n FROM referral_versions`,
    );
    const response = await upload(
      perf,
      "evil.xml",
      `<?xml version="1.0"?><!DOCTYPE a [<!ENTITY b "c">]><Message/>`,
    );
    expect(response.statusCode).toBe(422);
    const runId = response.json().runId as number;
    const report = (
      await t.app.inject({ method: "GET", url: `/api/imports/${runId}`, headers: perf.headers })
    ).json();
    expect(report.problems.map((p: { rule: string }) => p.rule)).toEqual(["XML_DOCTYPE_FORBIDDEN"]);
    expect(report.summary.otherErrors).toBe(1);
    expect(
      (await t.database.db.execute(sql`SELECT count(*)::int AS n FROM referral_versions`)).rows,
    ).toEqual(before.rows);
  });

  it("answers 413 from the declared length, before reading the body", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/imports",
      headers: {
        ...perf.headers,
        "content-type": "multipart/form-data; boundary=x",
        "content-length": String(10 * 1024 * 1024),
      },
      payload: "--x--",
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().error.message).toMatch(/larger than/);
  });

  it("answers 413 when a streamed file turns out larger than the limit", async () => {
    const response = await upload(perf, "big.csv", Buffer.alloc(100 * 1024, 65));
    expect(response.statusCode).toBe(413);
  });

  it.each(["../../etc/passwd", "C:\\temp\\x.xml", "bad\u0007name.xml"])(
    "refuses the file name %j",
    async (name) => {
      const response = await upload(perf, name, "<Message/>");
      expect(response.statusCode).toBe(400);
      expect(response.json().error.message).toMatch(/file name/);
    },
  );

  it("lists runs, shows a data-quality summary, and exports problems as formula-safe CSV (audited)", async () => {
    const csv =
      "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n=cmd,01/04/2011,S,C2,N1,U1,PR1,31/03/2011,E11,,,,\nA2,01/04/2011,S,C2,N1,U1,PR1,,,,,,\n";
    const loaded = await upload(perf, "episodes.csv", csv, "?collectionYear=2012");
    expect(loaded.statusCode).toBe(200);
    const runs = (
      await t.app.inject({ method: "GET", url: "/api/imports", headers: perf.headers })
    ).json().runs as { id: number; fileName: string }[];
    expect(runs[0]?.fileName).toBe("episodes.csv");
    const report = (
      await t.app.inject({
        method: "GET",
        url: `/api/imports/${runs[0]?.id}`,
        headers: perf.headers,
      })
    ).json();
    expect(report.summary.dateErrors).toBe(1);
    const problems = await t.app.inject({
      method: "GET",
      url: `/api/imports/${runs[0]?.id}/problems.csv`,
      headers: perf.headers,
    });
    expect(problems.headers["content-type"]).toContain("text/csv");
    expect(problems.body.split("\r\n")[0]).toBe("file,row,line,path,column,rule,severity,message");
    const actions = (
      await t.database.db.execute(sql`SELECT action FROM audit_log ORDER BY id DESC LIMIT 2`)
    ).rows.map((r) => (r as { action: string }).action);
    expect(actions).toEqual(["import.problems_exported", "import.report_viewed"]);
  });

  it("does not let a social worker upload", async () => {
    const worker = await signIn(t.app, "sw.referral");
    expect((await upload(worker, "x.xml", "<Message/>")).statusCode).toBe(403);
  });
});
