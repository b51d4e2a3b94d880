import { describe, expect, it } from "vitest";
import { firstSentence, shortDirection, splitReason } from "./reason-text.ts";

describe("reason text for the scorecard", () => {
  it("keeps the verdict and the movement, dropping what the row already says", () => {
    expect(
      shortDirection(
        "Improving: 20.5%, down 1.6 points from 22.1% in the previous period (lower is better)",
      ),
    ).toEqual({ word: "Improving", detail: "down 1.6 points from 22.1%" });
    expect(
      shortDirection(
        "No better direction: 1,219, up 6 from 1,213 in the same period a year earlier; neither way is an improvement for this indicator",
      ),
    ).toEqual({ word: "No better direction", detail: "up 6 from 1,213" });
    expect(shortDirection("Unchanged: 20.5%, the same as the previous period")).toEqual({
      word: "Unchanged",
      detail: "",
    });
  });

  it("shows a reason of another shape whole", () => {
    const withheld =
      "Withheld: this figure rests on 1 to 5 children, so it is not shown to this audience";
    expect(shortDirection(withheld)).toEqual(splitReason(withheld));
    expect(splitReason("No reason given")).toEqual({ word: "No reason given", detail: "" });
  });

  it("takes the first sentence of a projection", () => {
    expect(firstSentence("Possible: the range spans the 22% target. The trend over 12")).toBe(
      "Possible: the range spans the 22% target.",
    );
    expect(firstSentence("Not enough data: 3 values")).toBe("Not enough data: 3 values");
  });
});
