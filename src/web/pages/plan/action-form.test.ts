import { describe, expect, it } from "vitest";
import { actionMessage, readAction } from "./action-form.ts";

function formOf(entries: [string, string][]): FormData {
  const form = new FormData();
  for (const [name, value] of entries) form.append(name, value);
  return form;
}

describe("readAction", () => {
  it("reads the action with its measures, and sends only the filled owner and milestone rows", () => {
    const form = formOf([
      ["title", "Recruit permanent social workers"],
      ["leadBody", "Council"],
      ["startDate", "2012-05-01"],
      ["dueDate", "2012-09-30"],
      ["measureIds", "3"],
      ["measureIds", "5"],
      ["owners.0.owner", ""],
      ["owners.1.owner", "Head of Workforce"],
      ["milestones.0.title", ""],
      ["milestones.0.dueDate", ""],
      ["milestones.1.title", "First cohort in post"],
      ["milestones.1.dueDate", "2012-07-31"],
    ]);
    const { body, positions } = readAction(form, { owners: 2, milestones: 2 });
    expect(body).toEqual({
      title: "Recruit permanent social workers",
      leadBody: "Council",
      startDate: "2012-05-01",
      dueDate: "2012-09-30",
      ics: false,
      measureIds: [3, 5],
      owners: [{ owner: "Head of Workforce", userId: null }],
      milestones: [{ title: "First cohort in post", dueDate: "2012-07-31" }],
    });
    expect(positions).toEqual({ owners: [1], milestones: [1] });
  });

  it("links an owner to the chosen account, and sends a row with an account but no name", () => {
    const form = formOf([
      ["owners.0.owner", "Director of Children's Services"],
      ["owners.0.userId", "7"],
      ["owners.1.owner", ""],
      ["owners.1.userId", "9"],
      ["owners.2.owner", "Head of QA"],
      ["owners.2.userId", ""],
    ]);
    expect(readAction(form, { owners: 3, milestones: 0 }).body.owners).toEqual([
      { owner: "Director of Children's Services", userId: 7 },
      { owner: "", userId: 9 },
      { owner: "Head of QA", userId: null },
    ]);
  });

  it("reads the ICS box", () => {
    expect(readAction(formOf([["ics", "yes"]]), { owners: 0, milestones: 0 }).body.ics).toBe(true);
  });
});

describe("actionMessage", () => {
  it("names the milestone whose date is missing", () => {
    expect(
      actionMessage({ field: "milestones.1.dueDate", message: "Use a date written YYYY-MM-DD" })
        .message,
    ).toBe("Enter the date milestone 2 is due");
  });

  it("keeps the server's own words", () => {
    const problem = { field: "dueDate", message: "The due date is before the start date." };
    expect(actionMessage(problem)).toEqual(problem);
  });
});
