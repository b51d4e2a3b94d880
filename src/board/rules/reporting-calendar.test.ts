import { describe, expect, it } from "vitest";
import { itemState, reportingCalendar } from "./reporting-calendar.ts";

describe("the reporting calendar from a notice date", () => {
  const items = reportingCalendar({ issuedOn: "2012-02-13", planApprovalDeadline: "2012-02-29" });
  const due = (kind: string) => items.filter((i) => i.kind === kind).map((i) => i.dueDate);

  it("puts the initial report six weeks on and the plan approval at the notice's deadline", () => {
    expect(due("initial_report")).toEqual(["2012-03-26"]);
    expect(due("plan_approval")).toEqual(["2012-02-29"]);
  });

  it("has a Board meeting every month for 18 months from the month after the notice", () => {
    const meetings = due("board_meeting");
    expect(meetings).toHaveLength(18);
    expect(meetings[0]).toBe("2012-03-31");
    expect(meetings[1]).toBe("2012-04-30");
    expect(meetings.at(-1)).toBe("2013-08-31");
  });

  it("has quarterly reports and the 6, 12 and 18-month reviews", () => {
    expect(due("quarterly_report")).toEqual([
      "2012-05-13",
      "2012-08-13",
      "2012-11-13",
      "2013-02-13",
      "2013-05-13",
      "2013-08-13",
    ]);
    expect(due("review")).toEqual(["2012-08-13", "2013-02-13", "2013-08-13"]);
    expect(due("leader_report")).toEqual(["2012-08-13"]);
  });

  it("clamps month arithmetic to the month's end", () => {
    const fromAugust = reportingCalendar({
      issuedOn: "2011-08-31",
      planApprovalDeadline: "2011-10-31",
    });
    expect(
      fromAugust
        .filter((i) => i.kind === "quarterly_report")
        .map((i) => i.dueDate)
        .slice(0, 2),
    ).toEqual(["2011-11-30", "2012-02-29"]);
    expect(fromAugust.find((i) => i.kind === "initial_report")?.dueDate).toBe("2011-10-12");
  });
});

describe("item state", () => {
  it("says whether it was delivered on time, how late, or how overdue", () => {
    expect(
      itemState({ dueDate: "2012-03-26", deliveredOn: "2012-03-26" }, "2012-05-01").state,
    ).toBe("delivered_on_time");
    expect(
      itemState({ dueDate: "2012-03-26", deliveredOn: "2012-03-28" }, "2012-05-01").reason,
    ).toBe("Delivered 2 days late on 2012-03-28");
    expect(itemState({ dueDate: "2012-03-26", deliveredOn: null }, "2012-03-27").reason).toBe(
      "Overdue by 1 day",
    );
    expect(itemState({ dueDate: "2012-03-26", deliveredOn: null }, "2012-03-12").state).toBe(
      "due_soon",
    );
    expect(itemState({ dueDate: "2012-03-26", deliveredOn: null }, "2012-03-11").state).toBe(
      "upcoming",
    );
  });
});
