import { describe, expect, it } from "vitest";
import { readableDates, reasonBesideTag } from "./reason.ts";

describe("reasonBesideTag", () => {
  it("drops the verdict the tag already says and writes dates out", () => {
    expect(reasonBesideTag("Red", "Red: overdue by 6 days (due 2012-04-20), 45% complete")).toBe(
      "Overdue by 6 days (due 20 April 2012), 45% complete",
    );
  });

  it("drops a verdict followed by its date", () => {
    expect(reasonBesideTag("Delivered on time", "Delivered on time on 2012-02-07")).toBe(
      "On 7 February 2012",
    );
    expect(reasonBesideTag("Overdue", "Overdue by 26 days")).toBe("Overdue by 26 days");
  });

  it("shows nothing when the reason is only the verdict", () => {
    expect(reasonBesideTag("Complete", "Complete")).toBe("");
  });

  it("keeps a reason in another shape whole", () => {
    expect(reasonBesideTag("Green", "0 red, 0 amber, 2 green or complete")).toBe(
      "0 red, 0 amber, 2 green or complete",
    );
    expect(reasonBesideTag("Upcoming", "Due 2012-05-31")).toBe("Due 31 May 2012");
  });
});

describe("readableDates", () => {
  it("leaves text without dates alone", () => {
    expect(readableDates('milestone "First round" is late')).toBe(
      'milestone "First round" is late',
    );
  });
});
