/**
 * The April 2012 Improvement Board on the demo council, through the HTTP API: the chair
 * approves the plan (and it locks), actions and decisions are recorded, the reporting
 * calendar shows the initial report delivered on time, and packs are generated for the
 * Board and for elected members: rebuilt byte for byte, suppressed for members, never
 * holding child-level data, and refused to observers when they are the Board's.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDemoCouncil } from "../../src/demo/load-demo-council.ts";
import {
  createTestApp,
  demoUsername,
  type SignedIn,
  signIn,
  type TestApp,
} from "../support/test-app.ts";

let t: TestApp;
let chair: SignedIn;
let director: SignedIn;
let observer: SignedIn;
let aprilId: number;

beforeAll(async () => {
  t = await createTestApp({ children: 0 });
  await loadDemoCouncil(t.database, {
    seed: 2012,
    scale: 0.2,
    outDir: mkdtempSync(join(tmpdir(), "waymark-board-test-")),
    log: () => {},
  });
  chair = await signIn(t.app, demoUsername("board_chair"));
  director = await signIn(t.app, demoUsername("director"));
  observer = await signIn(t.app, demoUsername("dfe_observer"));
  const meetings = await get<{ meetings: { id: number; date: string; bodyKey: string }[] }>(
    chair,
    "/api/board/meetings",
  );
  const april = meetings.body.meetings.find(
    (m) => m.bodyKey === "improvement_board" && m.date.startsWith("2012-04"),
  );
  if (!april) throw new Error("the demo has no April 2012 Board meeting");
  aprilId = april.id;
}, 240_000);
afterAll(async () => {
  await t.close();
});

async function get<T>(who: SignedIn, url: string) {
  const response = await t.app.inject({ method: "GET", url, headers: who.headers });
  const json = response.headers["content-type"]?.toString().startsWith("application/json");
  return { status: response.statusCode, body: (json ? response.json() : null) as T, raw: response };
}
async function post(who: SignedIn, url: string, payload: unknown, method: "POST" | "PUT" = "POST") {
  return t.app.inject({ method, url, headers: who.headers, payload: payload as object });
}

describe("the notice and the plan", () => {
  it("has every measure with a combined status and a reason", async () => {
    const { body } = await get<{
      notice: { issuedOn: string } | null;
      measures: { status: string; reason: string }[];
    }>(chair, "/api/notice");
    expect(body.notice).not.toBeNull();
    expect(body.measures.length).toBeGreaterThan(5);
    for (const m of body.measures) expect(m.reason).not.toBe("");
  });

  it("rates every action by rule, with the reason", async () => {
    const { body } = await get<{ actions: { rag: string; reason: string }[] }>(chair, "/api/plan");
    expect(body.actions.length).toBeGreaterThan(5);
    for (const a of body.actions) expect(a.reason).toMatch(/^(Red|Amber|Green|Complete)/);
  });

  it("keeps every progress update and refuses one from someone who does not own the action", async () => {
    const plan = await get<{ actions: { id: number; owners: { userId: number | null }[] }[] }>(
      director,
      "/api/plan",
    );
    const action = plan.body.actions[0];
    if (!action) throw new Error("no actions");
    const update = {
      onDate: "2012-04-20",
      status: "in_progress",
      percentComplete: 60,
      text: "Recruitment campaign launched.",
    };
    expect(
      (await post(director, `/api/plan/actions/${action.id}/updates`, update)).statusCode,
    ).toBe(200);
    const worker = await signIn(t.app, demoUsername("qa_lead"));
    expect((await post(worker, `/api/plan/actions/${action.id}/updates`, update)).statusCode).toBe(
      403,
    );
    const bad = await post(director, `/api/plan/actions/${action.id}/updates`, {
      ...update,
      status: "complete",
    });
    expect(bad.statusCode).toBe(400);
    const view = await get<{ updates: { text: string }[] }>(
      director,
      `/api/plan/actions/${action.id}`,
    );
    expect(view.body.updates[0]?.text).toBe("Recruitment campaign launched.");
  });

  it("keeps evidence files with their hash and refuses a file that is not what its name says", async () => {
    const plan = await get<{ actions: { id: number }[] }>(director, "/api/plan");
    const id = plan.body.actions[0]?.id;
    const upload = (name: string, content: Buffer) => {
      const boundary = "----waymark";
      const body = Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="title"\r\n\r\nWorkforce strategy\r\n`,
        ),
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
        ),
        content,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      return t.app.inject({
        method: "POST",
        url: `/api/plan/actions/${id}/evidence-files`,
        headers: {
          ...director.headers,
          "content-type": `multipart/form-data; boundary=${boundary}`,
        },
        payload: body,
      });
    };
    const good = await upload("strategy.pdf", Buffer.from("%PDF-1.4\n% demo\n"));
    expect(good.statusCode).toBe(200);
    const renamed = await upload("strategy.pdf", Buffer.from("MZ\x90\x00 not a pdf"));
    expect(renamed.statusCode).toBe(400);
    expect(renamed.json().error.message).toContain("not really a .pdf");
    const exe = await upload("tool.exe", Buffer.from("MZ"));
    expect(exe.statusCode).toBe(400);
    const file = await get<unknown>(chair, `/api/plan/evidence/${good.json().id}/file`);
    expect(file.raw.rawPayload.toString()).toBe("%PDF-1.4\n% demo\n");
  });
});

describe("the ICS implementation issue log", () => {
  it("raises an issue with the next reference, updates it, and audits both with the earlier text", async () => {
    const raised = await post(director, "/api/plan/ics-issues", {
      raisedOn: "2012-04-18",
      issue: "Core assessment form missing the child's views field",
      impact: "Assessments cannot record the child's views",
      actionTaken: "",
    });
    expect(raised.statusCode).toBe(200);
    expect(raised.json().ref).toBe("ICS-04");
    const updated = await post(
      director,
      `/api/plan/ics-issues/${raised.json().id}`,
      {
        impact: "Assessments cannot record the child's views",
        actionTaken: "Supplier patched the form",
        status: "closed",
      },
      "PUT",
    );
    expect(updated.statusCode).toBe(200);
    const plan = await get<{ icsIssues: { ref: string; status: string; actionTaken: string }[] }>(
      chair,
      "/api/plan",
    );
    expect(plan.body.icsIssues.find((i) => i.ref === "ICS-04")).toMatchObject({
      status: "closed",
      actionTaken: "Supplier patched the form",
    });
    const bad = await post(director, "/api/plan/ics-issues", {
      raisedOn: "2012-02-30",
      issue: "x",
      impact: "y",
    });
    expect(bad.statusCode).toBe(400);
    expect(
      (
        await post(chair, "/api/plan/ics-issues", {
          raisedOn: "2012-04-18",
          issue: "abc",
          impact: "def",
        })
      ).statusCode,
    ).toBe(403);
    const entries = await t.database.db.execute(
      sql`SELECT details FROM audit_log WHERE action = 'plan.ics_issue_updated'`,
    );
    expect(entries.rows).toHaveLength(1);
    expect(
      (entries.rows[0] as { details: { before: { status: string } } }).details.before.status,
    ).toBe("open");
  });
});

describe("the April 2012 Board meeting", () => {
  it("approves the draft plan version, which then locks", async () => {
    const view = await get<{ planVersions: { id: number; locked: boolean }[] }>(
      chair,
      `/api/board/meetings/${aprilId}`,
    );
    const draft = view.body.planVersions.find((v) => !v.locked);
    if (!draft) throw new Error("no draft plan version");
    expect(
      (await post(director, `/api/plan/versions/${draft.id}/approve`, { meetingId: aprilId }))
        .statusCode,
    ).toBe(403);
    const meetings = await get<{ meetings: { id: number; bodyKey: string }[] }>(
      chair,
      "/api/board/meetings",
    );
    const scrutiny = meetings.body.meetings.find((m) => m.bodyKey === "scrutiny");
    const wrongBody = await post(chair, `/api/plan/versions/${draft.id}/approve`, {
      meetingId: scrutiny?.id,
    });
    expect(wrongBody.statusCode).toBe(400);
    expect(wrongBody.json().error.message).toBe("Only the Improvement Board approves the plan.");
    expect(
      (await post(chair, `/api/plan/versions/${draft.id}/approve`, { meetingId: aprilId }))
        .statusCode,
    ).toBe(200);
    expect(
      (await post(chair, `/api/plan/versions/${draft.id}/approve`, { meetingId: aprilId }))
        .statusCode,
    ).toBe(409);
  });

  it("records a decision and an action, and the action appears in reminders when due", async () => {
    expect(
      (
        await post(chair, `/api/board/meetings/${aprilId}/decisions`, {
          text: "The Board approved the Improvement Plan.",
        })
      ).statusCode,
    ).toBe(200);
    const meeting = await get<{ meeting: { date: string } }>(
      chair,
      `/api/board/meetings/${aprilId}`,
    );
    const action = await post(chair, `/api/board/meetings/${aprilId}/actions`, {
      text: "Report agency staffing by team to the May Board",
      owner: "Director of Children's Services",
      dueDate: meeting.body.meeting.date,
    });
    expect(action.statusCode).toBe(200);
    const early = await post(chair, `/api/board/meetings/${aprilId}/actions`, {
      text: "Backdated action",
      owner: "x y",
      dueDate: "2011-01-01",
    });
    expect(early.statusCode).toBe(400);
    const actions = await get<{ reminders: { text: string; state: string }[] }>(
      chair,
      "/api/board/actions",
    );
    expect(actions.body.reminders.find((r) => r.text.startsWith("Report agency"))?.state).toBe(
      "due_today",
    );
  });

  it("shows the initial report to the minister delivered on time", async () => {
    const { body } = await get<{ items: { kind: string; state: string }[] }>(
      chair,
      "/api/board/calendar",
    );
    expect(body.items.find((i) => i.kind === "initial_report")?.state).toBe("delivered_on_time");
    expect(body.items.filter((i) => i.kind === "board_meeting")).toHaveLength(18);
  });

  it("generates the Board's pack and the members' pack, each rebuilt byte for byte", async () => {
    const board = await post(chair, `/api/board/meetings/${aprilId}/packs`, { audience: "board" });
    expect(board.statusCode).toBe(200);
    const members = await post(chair, `/api/board/meetings/${aprilId}/packs`, {
      audience: "members",
    });
    expect(members.statusCode, members.body).toBe(200);
    const boardHtml = await get<unknown>(chair, `/api/board/packs/${board.json().id}/pack.html`);
    const again = await get<unknown>(chair, `/api/board/packs/${board.json().id}/pack.html`);
    expect(boardHtml.status).toBe(200);
    expect(again.raw.body).toBe(boardHtml.raw.body);
    const html = boardHtml.raw.body;
    for (const heading of [
      "on a page",
      "Plan progress by measure",
      "Performance exceptions",
      "Scorecard",
      "Decisions and actions logs",
      "ICS issue log",
    ]) {
      expect(html).toContain(heading);
    }
    expect(html).toContain("The Board approved the Improvement Plan.");
    expect(html).not.toMatch(/PB\d{6}/);
    expect(html).not.toContain("<script");

    const membersHtml = (
      await get<unknown>(observer, `/api/board/packs/${members.json().id}/pack.html`)
    ).raw.body;
    expect(membersHtml).toContain("shown as c");
    expect(membersHtml).not.toMatch(/PB\d{6}/);
    expect(
      (await get<unknown>(observer, `/api/board/packs/${board.json().id}/pack.html`)).status,
    ).toBe(403);
    expect(
      (await post(observer, `/api/board/meetings/${aprilId}/packs`, { audience: "members" }))
        .statusCode,
    ).toBe(403);

    const pdf = await get<unknown>(chair, `/api/board/packs/${board.json().id}/pack.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.raw.headers["content-type"]).toBe("application/pdf");
    expect(pdf.raw.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
  });
});

describe("the first quarterly report to the minister", () => {
  it("carries the chair's commentary against each measure, kept as history, signed off at the April Board", async () => {
    const calendar = await get<{ items: { id: number; kind: string; dueDate: string }[] }>(
      chair,
      "/api/board/calendar",
    );
    const first = calendar.body.items.find((i) => i.kind === "quarterly_report");
    if (!first) throw new Error("no quarterly report in the calendar");
    expect(first.dueDate).toBe("2012-05-01");
    const view = await get<{
      meeting: { id: number } | null;
      measures: { id: number; ref: string; commentary: { text: string } | null }[];
    }>(chair, `/api/board/reports/${first.id}`);
    expect(view.body.meeting?.id).toBe(aprilId);
    const measure = view.body.measures.find((m) => m.ref === "SCP1");
    if (!measure) throw new Error("no SCP1");
    const write = (text: string, who = chair) =>
      post(who, `/api/board/reports/${first.id}/commentary`, { measureId: measure.id, text });
    expect((await write("Assessment timeliness is recovering.")).statusCode).toBe(200);
    expect((await write("Initial assessments are back above the trajectory.")).statusCode).toBe(
      200,
    );
    expect((await write("Not mine to write.", observer)).statusCode).toBe(403);
    const after = await get<{
      measures: { ref: string; commentary: { text: string } | null; history: unknown[] }[];
    }>(chair, `/api/board/reports/${first.id}`);
    const scp1 = after.body.measures.find((m) => m.ref === "SCP1");
    expect(scp1?.commentary?.text).toBe("Initial assessments are back above the trajectory.");
    expect(scp1?.history).toHaveLength(2);

    const report = await post(chair, `/api/board/reports/${first.id}/packs`, {
      audience: "members",
    });
    expect(report.statusCode).toBe(200);
    const html = (await get<unknown>(observer, `/api/board/packs/${report.json().id}/pack.html`))
      .raw.body;
    expect(html).toContain("Quarterly progress report 1 to the minister");
    expect(html).toContain("Chair&#39;s commentary");
    expect(html).toContain("Initial assessments are back above the trajectory.");
    expect(html).not.toContain("Assessment timeliness is recovering.");
    expect(html).toContain("shown as c");
    const pdf = await get<unknown>(observer, `/api/board/packs/${report.json().id}/pack.pdf`);
    expect(pdf.raw.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");

    const notAReport = calendar.body.items.find((i) => i.kind === "board_meeting");
    expect((await get<unknown>(chair, `/api/board/reports/${notAReport?.id}`)).status).toBe(404);
  });
});
