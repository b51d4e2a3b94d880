import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../../calendar/index.ts";
import { checkTarget, finalTarget, type Target, targetFor, toleranceWidth } from "./targets.ts";

/** The brief's trajectory: 60% from 2012-06-30, 80% from 2012-12-31, 90% from 2013-06-30. */
const trajectory: Target = {
  indicatorId: "assessments_45wd",
  steps: [
    { from: "2012-06-30", value: 60 },
    { from: "2012-12-31", value: 80 },
    { from: "2013-06-30", value: 90 },
  ],
  tolerance: { kind: "points", amount: 5 },
  targetDate: "2013-06-30",
};

describe("targetFor: the latest step whose from <= date", () => {
  it.each([
    ["2012-06-29", null], // before the first step: no target yet
    ["2012-06-30", 60], // a step is in force on its own first day
    ["2012-09-30", 60],
    ["2012-12-30", 60],
    ["2012-12-31", 80],
    ["2013-03-31", 80],
    ["2013-06-29", 80],
    ["2013-06-30", 90],
    ["2020-01-31", 90], // the last step stays in force
  ])("on %s the target is %s", (date, expected) => {
    expect(targetFor(trajectory, date)?.value ?? null).toBe(expected);
  });

  it("does not depend on the order the steps are listed in", () => {
    const shuffled = { ...trajectory, steps: [...trajectory.steps].reverse() };
    expect(targetFor(shuffled, "2013-01-31")?.value).toBe(80);
  });

  it("the final target is the step in force on the target date", () => {
    expect(finalTarget(trajectory)).toEqual({ from: "2013-06-30", value: 90 });
  });

  it("is the step whose from is the greatest not after the date (property)", () => {
    const day = fc.integer({ min: 0, max: 3000 });
    fc.assert(
      fc.property(fc.uniqueArray(day, { minLength: 1, maxLength: 8 }), day, (offsets, at) => {
        const steps = offsets.map((o, i) => ({ from: addDays("2010-01-01", o), value: i }));
        const target = { ...trajectory, steps };
        const eligible = offsets.filter((o) => o <= at);
        const expected = eligible.length === 0 ? null : offsets.indexOf(Math.max(...eligible));
        expect(targetFor(target, addDays("2010-01-01", at))?.value ?? null).toBe(expected);
      }),
    );
  });

  it("rejects an invalid date", () => {
    expect(() => targetFor(trajectory, "2013-02-30")).toThrow(RangeError);
  });
});

describe("toleranceWidth", () => {
  it("points are absolute; percent is relative to the target", () => {
    expect(toleranceWidth({ kind: "points", amount: 5 }, 80)).toBe(5);
    expect(toleranceWidth({ kind: "percent", amount: 5 }, 80)).toBe(4); // 5% of 80
    expect(toleranceWidth({ kind: "percent", amount: 10 }, 250)).toBe(25); // 10% of 250
  });
});

describe("checkTarget", () => {
  const codes = (t: Target) => checkTarget(t).map((p) => p.code);

  it("accepts the trajectory", () => {
    expect(checkTarget(trajectory)).toEqual([]);
  });

  it("names each problem with a code", () => {
    expect(codes({ ...trajectory, steps: [] })).toEqual(["TARGET_NO_STEPS"]);
    expect(codes({ ...trajectory, indicatorId: "nope" as Target["indicatorId"] })).toEqual([
      "TARGET_INDICATOR_UNKNOWN",
    ]);
    expect(
      codes({
        ...trajectory,
        steps: [
          { from: "2012-06-30", value: 60 },
          { from: "2012-06-30", value: 70 },
          { from: "2012-13-01", value: 70 },
        ],
      }),
    ).toEqual(["TARGET_STEP_DATE_DUPLICATE", "TARGET_STEP_DATE_INVALID"]);
    expect(codes({ ...trajectory, steps: [{ from: "2012-06-30", value: 101 }] })).toEqual([
      "TARGET_VALUE_INVALID",
    ]);
    expect(codes({ ...trajectory, steps: [{ from: "2012-06-30", value: -1 }] })).toEqual([
      "TARGET_VALUE_INVALID",
    ]);
    // 80.25% cannot be read against a figure shown to one decimal
    expect(codes({ ...trajectory, steps: [{ from: "2012-06-30", value: 80.25 }] })).toEqual([
      "TARGET_VALUE_TOO_PRECISE",
    ]);
    expect(codes({ ...trajectory, tolerance: { kind: "points", amount: -1 } })).toEqual([
      "TARGET_TOLERANCE_INVALID",
    ]);
    expect(codes({ ...trajectory, targetDate: "30/06/2013" })).toEqual(["TARGET_DATE_INVALID"]);
    expect(codes({ ...trajectory, targetDate: "2012-01-01" })).toEqual([
      "TARGET_DATE_BEFORE_FIRST_STEP",
    ]);
  });

  it("counts: whole numbers, no upper bound of 100", () => {
    const count: Target = { ...trajectory, indicatorId: "referrals", steps: [] };
    expect(codes({ ...count, steps: [{ from: "2012-06-30", value: 3000 }] })).toEqual([]);
    expect(codes({ ...count, steps: [{ from: "2012-06-30", value: 10.5 }] })).toEqual([
      "TARGET_VALUE_TOO_PRECISE",
    ]);
  });
});
