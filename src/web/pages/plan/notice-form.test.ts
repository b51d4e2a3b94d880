import { describe, expect, it } from "vitest";
import { noticeMessage, readNotice } from "./notice-form.ts";

function formOf(entries: [string, string][]): FormData {
  const form = new FormData();
  for (const [name, value] of entries) form.append(name, value);
  return form;
}

describe("readNotice", () => {
  it("reads the notice, leaves out blank measure rows and remembers where the rest are", () => {
    const form = formOf([
      ["issuedBy", " Minister for Children "],
      ["issuedOn", "2012-01-31"],
      ["services", "Children's social care"],
      ["evidence", "Ofsted inspection, inadequate."],
      ["reference", ""],
      ["planApprovalDeadline", "2012-02-29"],
      ["measures.0.group", "support"],
      ["measures.0.text", ""],
      ["measures.1.group", "social_care_practice"],
      ["measures.1.text", "Improve the timeliness of assessments."],
      ["measures.1.indicatorIds", "initial_assessments_10wd"],
      ["measures.1.indicatorIds", "assessments_45wd"],
    ]);
    const { body, positions } = readNotice(form, 2);
    expect(body.issuedBy).toBe("Minister for Children");
    expect(body.reference).toBeNull();
    expect(body.measures).toEqual([
      {
        group: "social_care_practice",
        text: "Improve the timeliness of assessments.",
        indicatorIds: ["initial_assessments_10wd", "assessments_45wd"],
      },
    ]);
    expect(positions).toEqual([1]);
  });
});

describe("noticeMessage", () => {
  it("names the measure and the date the person must fix", () => {
    expect(noticeMessage({ field: "measures.2.group", message: "Invalid option" }).message).toBe(
      "Choose the heading for measure 3",
    );
    expect(
      noticeMessage({ field: "issuedOn", message: "Use a date written YYYY-MM-DD" }).message,
    ).toBe("Enter the date the notice was issued");
  });

  it("keeps the server's own words", () => {
    const problem = { field: "measures.0.indicatorIds", message: "No indicator called x." };
    expect(noticeMessage(problem)).toEqual(problem);
  });
});
