import { describe, expect, it } from "vitest";
import { filledRows, inputId, onPage, problemAt, problemsOnPage, problemWith } from "./rows.ts";

describe("filledRows", () => {
  it("leaves out blank rows and remembers where the others are on the page", () => {
    const rows = [{ title: "" }, { title: "First" }, { title: "" }, { title: "Second" }];
    expect(filledRows(rows, (row) => row.title === "")).toEqual({
      values: [{ title: "First" }, { title: "Second" }],
      positions: [1, 3],
    });
  });
});

describe("onPage", () => {
  it("renames a sent row's field to its row on the page", () => {
    expect(onPage("milestones.1.dueDate", "milestones", [1, 3])).toBe("milestones.3.dueDate");
  });

  it("leaves other fields, and the list as a whole, alone", () => {
    expect(onPage("owners", "owners", [0])).toBe("owners");
    expect(onPage("title", "milestones", [1])).toBe("title");
    expect(onPage("milestones.7.title", "milestones", [1])).toBe("milestones.7.title");
  });
});

describe("problemsOnPage", () => {
  it("puts each list's problems back against its rows", () => {
    expect(
      problemsOnPage(
        [
          { field: "owners.0.owner", message: "Name the owner" },
          { field: "milestones.0.title", message: "Name the milestone" },
          { field: null, message: "Something else" },
        ],
        { owners: [0], milestones: [2] },
      ),
    ).toEqual([
      { field: "owners.0.owner", message: "Name the owner" },
      { field: "milestones.2.title", message: "Name the milestone" },
      { field: null, message: "Something else" },
    ]);
  });
});

describe("inputId", () => {
  it("writes a field path as an id", () => {
    expect(inputId("measures.2.indicatorIds")).toBe("measures-2-indicatorIds");
  });
});

describe("problemAt and problemWith", () => {
  const problems = [
    { field: "owners", message: "Name each owner once" },
    { field: "measures.0.indicatorIds.2", message: "No indicator called x." },
  ];
  it("finds a problem inside a field, and one with the list itself", () => {
    expect(problemAt(problems, "measures.0.indicatorIds")).toBe("No indicator called x.");
    expect(problemAt(problems, "measures.1.indicatorIds")).toBeUndefined();
    expect(problemWith(problems, "owners")).toBe("Name each owner once");
    expect(problemWith(problems, "measures")).toBeUndefined();
  });
});
