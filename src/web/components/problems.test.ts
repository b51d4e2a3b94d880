import { describe, expect, it } from "vitest";
import { inFormWords } from "./problems.ts";

describe("inFormWords", () => {
  it("uses the form's words where it has them and lists problems in page order", () => {
    const problems = [
      { field: "url", message: "Invalid URL" },
      { field: null, message: "Something else" },
      { field: "title", message: "Too short" },
    ];
    expect(
      inFormWords(problems, { url: "Enter the link's web address" }, ["title", "url"]),
    ).toEqual([
      { field: "title", message: "Too short" },
      { field: "url", message: "Enter the link's web address" },
      { field: null, message: "Something else" },
    ]);
  });
});
