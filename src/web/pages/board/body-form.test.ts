import { describe, expect, it } from "vitest";
import { bodyMessage, readBody, readSchedule, scheduleMessage } from "./body-form.ts";

function formOf(entries: [string, string][]): FormData {
  const form = new FormData();
  for (const [name, value] of entries) form.append(name, value);
  return form;
}

describe("readBody", () => {
  it("reads the body and its filled member rows, with no one to answer to as null", () => {
    const { body, positions } = readBody(
      formOf([
        ["name", "Children's Trust Board"],
        ["remit", "Joint commissioning across partners."],
        ["accountableTo", " "],
        ["members.0.name", ""],
        ["members.0.role", ""],
        ["members.0.organisation", ""],
        ["members.1.name", "Janet Hale"],
        ["members.1.role", "Chair"],
        ["members.1.organisation", "Independent"],
      ]),
      2,
    );
    expect(body.accountableTo).toBeNull();
    expect(body.members).toEqual([
      { name: "Janet Hale", role: "Chair", organisation: "Independent" },
    ]);
    expect(positions).toEqual([1]);
  });

  it("names the member and the missing part", () => {
    expect(bodyMessage({ field: "members.1.organisation", message: "Too small" }).message).toBe(
      "Enter member 2's organisation, in at least 2 characters",
    );
  });
});

describe("readSchedule", () => {
  it("reads one agenda item per line and the number of months", () => {
    expect(
      readSchedule(
        formOf([
          ["bodyId", "3"],
          ["firstDate", "2012-06-28"],
          ["months", "6"],
          ["agenda", "Performance dataset\r\n\r\n  Plan progress  \n"],
        ]),
      ),
    ).toEqual({
      bodyId: 3,
      firstDate: "2012-06-28",
      months: 6,
      agenda: ["Performance dataset", "Plan progress"],
    });
  });

  it("points an agenda item's problem at the agenda box, saying which line", () => {
    expect(scheduleMessage({ field: "agenda.2", message: "Too small" })).toEqual({
      field: "agenda",
      message: "Agenda item 3 must be 2 to 300 characters",
    });
  });
});
