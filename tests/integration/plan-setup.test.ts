/**
 * Setting a council up from nothing, through the HTTP API: the performance officer records
 * the notice (which generates the reporting calendar), adds actions with owners, measures
 * and milestones, an owner marks a milestone done, and the Board's meetings are scheduled
 * as a monthly series. Every refusal says what was wrong.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestApp,
  demoUsername,
  type SignedIn,
  signIn,
  type TestApp,
} from "../support/test-app.ts";

let t: TestApp;
let officer: SignedIn;
let director: SignedIn;
let chair: SignedIn;

beforeAll(async () => {
  t = await createTestApp({ children: 0 });
  officer = await signIn(t.app, demoUsername("performance_officer"));
  director = await signIn(t.app, demoUsername("director"));
  chair = await signIn(t.app, demoUsername("board_chair"));
});
afterAll(async () => {
  await t.close();
});

async function send(who: SignedIn, method: "GET" | "POST", url: string, payload?: object) {
  const response = await t.app.inject({ method, url, headers: who.headers, payload });
  return { status: response.statusCode, body: response.json() };
}

const NOTICE = {
  issuedBy: "Minister for Children and Families",
  issuedOn: "2012-01-31",
  services: "Children's social care services",
  evidence: "Ofsted inspection of safeguarding, published September 2011: inadequate.",
  planApprovalDeadline: "2012-02-29",
  measures: [
    {
      group: "social_care_practice",
      text: "Improve the timeliness of assessments.",
      indicatorIds: ["initial_assessments_10wd"],
    },
    { group: "social_care_practice", text: "Revise the quality assurance framework." },
    { group: "capacity_and_capability", text: "A workforce strategy with fewer agency staff." },
  ],
};

describe("recording the notice", () => {
  it("refuses an unknown indicator and a deadline before the notice, and changes nothing", async () => {
    const unknown = await send(officer, "POST", "/api/notice", {
      ...NOTICE,
      measures: [{ group: "support", text: "Peer support.", indicatorIds: ["nonsense"] }],
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toBe("No indicator called nonsense.");
    const early = await send(officer, "POST", "/api/notice", {
      ...NOTICE,
      planApprovalDeadline: "2011-12-31",
    });
    expect(early.status).toBe(400);
    expect((await send(officer, "GET", "/api/notice")).body.notice).toBeNull();
  });

  it("records the notice with refs by heading and generates its reporting calendar", async () => {
    const recorded = await send(officer, "POST", "/api/notice", NOTICE);
    expect(recorded.status).toBe(200);
    const notice = await send(chair, "GET", "/api/notice");
    expect(notice.body.measures.map((m: { ref: string }) => m.ref)).toEqual([
      "SCP1",
      "SCP2",
      "CC1",
    ]);
    const calendar = await send(chair, "GET", "/api/board/calendar");
    const items = calendar.body.items as { kind: string; dueDate: string }[];
    expect(items.find((i) => i.kind === "initial_report")?.dueDate).toBe("2012-03-13");
    // Month-end clamping: three months after 31 January is 30 April.
    expect(items.find((i) => i.kind === "quarterly_report")?.dueDate).toBe("2012-04-30");
    expect(items).toHaveLength(recorded.body.reportingItems);
    expect((await send(officer, "POST", "/api/notice", NOTICE)).status).toBe(409);
  });
});

describe("evidence against a measure", () => {
  it("keeps a link from a plan manager, refuses an action owner who does not manage the plan, and shows it on the notice", async () => {
    const notice = await send(officer, "GET", "/api/notice");
    const measure = (notice.body.measures as { id: number }[])[0];
    const link = {
      title: "Ofsted monitoring visit letter",
      url: "https://reports.ofsted.gov.uk/example",
    };
    const url = `/api/notice/measures/${measure?.id}/evidence-links`;
    expect((await send(officer, "POST", url, link)).status).toBe(200);
    const manager = await signIn(t.app, demoUsername("team_manager"));
    expect((await send(manager, "POST", url, link)).status).toBe(403);
    const bad = await send(officer, "POST", url, { ...link, url: "javascript:alert(1)" });
    expect(bad.status).toBe(400);
    expect(
      (await send(officer, "POST", "/api/notice/measures/99999/evidence-links", link)).status,
    ).toBe(404);
    const after = await send(chair, "GET", "/api/notice");
    expect(after.body.measures[0].evidence).toMatchObject([
      { kind: "link", title: "Ofsted monitoring visit letter" },
    ]);
    expect(after.body.measures[1].evidence).toEqual([]);
  });
});

describe("writing the plan", () => {
  it("adds an action with its owners, measures and milestones, numbered in turn", async () => {
    const notice = await send(director, "GET", "/api/notice");
    const [scp1, scp2] = notice.body.measures as { id: number }[];
    const action = {
      title: "Clear the backlog of open initial assessments",
      leadBody: "Council",
      startDate: "2012-02-01",
      dueDate: "2012-04-30",
      measureIds: [scp1?.id, scp2?.id],
      owners: [
        { owner: "Director of Children's Services", userId: director.userId },
        { owner: "Head of Referral and Assessment" },
      ],
      milestones: [{ title: "Backlog under 20", dueDate: "2012-03-31" }],
    };
    const created = await send(officer, "POST", "/api/plan/actions", action);
    expect(created.status).toBe(200);
    expect(created.body.ref).toBe("A01");
    expect((await send(officer, "POST", "/api/plan/actions", action)).body.ref).toBe("A02");
    const ics = await send(officer, "POST", "/api/plan/actions", { ...action, ics: true });
    expect(ics.body.ref).toBe("ICS1");

    const backwards = await send(officer, "POST", "/api/plan/actions", {
      ...action,
      dueDate: "2012-01-01",
    });
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.message).toBe("The due date is before the start date.");
    const noMeasure = await send(officer, "POST", "/api/plan/actions", {
      ...action,
      measureIds: [99999],
    });
    expect(noMeasure.body.error.message).toBe("Measure 99999 is not in the notice.");
    expect((await send(chair, "POST", "/api/plan/actions", action)).status).toBe(403);

    const view = await send(director, "GET", `/api/plan/actions/${created.body.id}`);
    expect(view.body.action.measureRefs).toEqual(["SCP1", "SCP2"]);
    expect(view.body.action.owners).toHaveLength(2);
    expect(view.body.canUpdate).toBe(true);
  });

  it("offers as owners only the people whose role may update the plan", async () => {
    const { body } = await send(officer, "GET", "/api/plan/people");
    const labels = new Set((body.people as { roleLabel: string }[]).map((p) => p.roleLabel));
    expect(labels.has("Team manager")).toBe(true);
    expect(labels.has("Independent chair")).toBe(false);
    expect(labels.has("DfE observer")).toBe(false);
  });

  it("lets an owner mark a milestone done once, and nobody else", async () => {
    const plan = await send(director, "GET", "/api/plan");
    const action = (
      plan.body.actions as { id: number; ref: string; milestones: { id: number }[] }[]
    ).find((a) => a.ref === "A01");
    const milestoneId = action?.milestones[0]?.id;
    const qa = await signIn(t.app, demoUsername("qa_lead"));
    expect(
      (await send(qa, "POST", `/api/plan/milestones/${milestoneId}/done`, { doneOn: "2012-03-28" }))
        .status,
    ).toBe(403);
    const done = () =>
      send(director, "POST", `/api/plan/milestones/${milestoneId}/done`, { doneOn: "2012-03-28" });
    expect((await done()).status).toBe(200);
    expect((await done()).status).toBe(409);
    const added = await send(officer, "POST", `/api/plan/actions/${action?.id}/milestones`, {
      title: "Audit of 20 assessments",
      dueDate: "2012-04-15",
    });
    expect(added.status).toBe(200);
  });
});

describe("setting up the Board", () => {
  it("records the Board with its members, then schedules a monthly series clamped to month ends", async () => {
    const recorded = await send(chair, "POST", "/api/board/bodies", {
      name: "Children's Services Improvement Board",
      remit: "Oversees the Improvement Notice and approves the plan.",
      accountableTo: "Minister for Children and Families",
      members: [{ name: "Janet Hale", role: "Independent chair", organisation: "Independent" }],
    });
    expect(recorded.status).toBe(200);
    const again = await send(chair, "POST", "/api/board/bodies", {
      name: "Improvement Board",
      remit: "A second improvement board.",
    });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toBe(
      "An Improvement Board is already recorded; a council has one.",
    );
    const series = await send(chair, "POST", "/api/board/meetings", {
      bodyId: recorded.body.id,
      firstDate: "2012-01-31",
      months: 3,
      agenda: ["Performance dataset", "Plan progress"],
    });
    expect(series.status).toBe(200);
    const list = (await send(chair, "GET", "/api/board/meetings")).body;
    expect(list.bodies[0].members[0].role).toBe("Independent chair");
    const meetings = list.meetings as { date: string; title: string; bodyKey: string }[];
    expect(meetings.map((m) => m.date)).toEqual(["2012-01-31", "2012-02-29", "2012-03-31"]);
    expect(meetings[1]?.title).toBe("Children's Services Improvement Board, February 2012");
    expect(meetings[0]?.bodyKey).toBe("improvement_board");
    const first = await send(chair, "GET", `/api/board/meetings/${series.body.ids[0]}`);
    expect(first.body.meeting.agenda).toEqual(["Performance dataset", "Plan progress"]);
    const clash = await send(chair, "POST", "/api/board/meetings", {
      bodyId: recorded.body.id,
      firstDate: "2012-02-29",
    });
    expect(clash.status).toBe(409);
    expect(clash.body.error.message).toContain("already meets on 2012-02-29");
  });
});
