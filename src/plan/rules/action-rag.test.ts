import { describe, expect, it } from "vitest";
import { type ActionFacts, actionRag } from "./action-rag.ts";

const base: ActionFacts = {
  status: "in_progress",
  percentComplete: 50,
  startDate: "2012-03-01",
  dueDate: "2012-06-30",
  milestones: [],
};

describe("action RAG", () => {
  it("is complete whatever the dates once complete", () => {
    expect(actionRag({ ...base, status: "complete", percentComplete: 100 }, "2013-01-01").rag).toBe(
      "complete",
    );
  });

  it("is red when blocked, or the day after its due date, saying by how much", () => {
    expect(actionRag({ ...base, status: "blocked" }, "2012-04-01")).toEqual({
      rag: "red",
      reason: "Red: blocked",
    });
    expect(actionRag(base, "2012-06-30").rag).not.toBe("red");
    expect(actionRag(base, "2012-07-01")).toEqual({
      rag: "red",
      reason: "Red: overdue by 1 day (due 2012-06-30), 50% complete",
    });
  });

  it("is amber within 14 days of the due date under 75%, green at 75% or with 15 days left", () => {
    expect(actionRag(base, "2012-06-16").reason).toBe(
      "Amber: due in 14 days (2012-06-30) and only 50% complete",
    );
    expect(actionRag(base, "2012-06-15").rag).toBe("green");
    expect(actionRag({ ...base, percentComplete: 75 }, "2012-06-29").rag).toBe("green");
  });

  it("is amber for a missed milestone or a late start", () => {
    const draft = { title: "Draft strategy", dueDate: "2012-04-30", doneOn: null };
    const milestones = [draft];
    expect(actionRag({ ...base, milestones }, "2012-05-01").reason).toBe(
      'Amber: milestone "Draft strategy" was due 2012-04-30 and is not done',
    );
    expect(
      actionRag({ ...base, milestones: [{ ...draft, doneOn: "2012-04-20" }] }, "2012-05-01").rag,
    ).toBe("green");
    expect(
      actionRag({ ...base, status: "not_started", percentComplete: 0 }, "2012-03-02").reason,
    ).toBe("Amber: should have started on 2012-03-01");
  });
});
