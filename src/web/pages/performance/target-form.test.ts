import { describe, expect, it } from "vitest";
import { ApiError } from "../../api-client.ts";
import { readTarget, targetFieldId, targetProblems } from "./target-form.ts";

const filled = {
  steps: [
    { from: "2013-04-01", value: "80" },
    { from: "2013-10-01", value: "85.5" },
  ],
  toleranceKind: "points",
  toleranceAmount: "5",
  targetDate: "2014-03-31",
  agreedBy: "Improvement Board",
  agreedAt: "Board, 1 April 2013",
  agreedOn: "2013-04-01",
  changeReason: " ",
};

describe("the target form", () => {
  it("reads a filled form as the API's request", () => {
    expect(readTarget(filled)).toEqual({
      ok: true,
      data: {
        steps: [
          { from: "2013-04-01", value: 80 },
          { from: "2013-10-01", value: 85.5 },
        ],
        tolerance: { kind: "points", amount: 5 },
        targetDate: "2014-03-31",
        agreedBy: "Improvement Board",
        agreedAt: "Board, 1 April 2013",
        agreedOn: "2013-04-01",
        changeReason: null,
      },
    });
  });

  it("says which input is wrong, in words, once each", () => {
    const read = readTarget({
      ...filled,
      steps: [{ from: "April", value: "eighty" }],
      toleranceAmount: "",
      agreedOn: "",
    });
    expect(read.ok).toBe(false);
    const problems = read.ok ? [] : read.problems;
    expect(problems.map((p) => [p.field && targetFieldId(p.field), p.message])).toEqual([
      ["step-0-value", "Enter step 1's target as a number, like 85"],
      ["toleranceAmount", "Enter the tolerance as a number, like 5"],
      ["step-0-from", "Enter the date step 1 starts as YYYY-MM-DD, like 2013-04-01"],
      ["agreedOn", "Enter the date it was agreed as YYYY-MM-DD, like 2013-04-01"],
    ]);
  });

  it("maps field paths to inputs, and inputs to themselves", () => {
    expect(targetFieldId("steps.1.value")).toBe("step-1-value");
    expect(targetFieldId("tolerance.amount")).toBe("toleranceAmount");
    expect(targetFieldId("toleranceAmount")).toBe("toleranceAmount");
    expect(targetFieldId("tolerance.kind")).toBe("toleranceKind");
    expect(targetFieldId("agreedBy")).toBe("agreedBy");
  });

  it("places the server's target-rule problems on their inputs", () => {
    const error = new ApiError(400, "invalid_request", "…", {
      problems: [
        {
          code: "TARGET_VALUE_TOO_PRECISE",
          message: "Step value 8.25 has more than 1 decimal place(s).",
        },
        {
          code: "TARGET_DATE_BEFORE_FIRST_STEP",
          message: "The target date is before the first step starts.",
        },
      ],
    });
    expect(targetProblems(error).map((p) => p.field)).toEqual(["steps.0.value", "targetDate"]);
  });
});
