import { describe, expect, it } from "vitest";
import { hashPassword, passwordProblem, verifyPassword } from "./passwords.ts";

describe("passwordProblem", () => {
  it.each([
    ["short", /at least 12/],
    ["password1234", /too common/],
    ["Password 1234", /too common/],
    ["aaaaaaaaaaaaaaa", /repeated/],
    ["123456789012345", /sequence/],
    ["jsmith-likes-tea", /username/],
    ["my waymark password", /name of this service/],
  ])("refuses %s", (password, message) => {
    expect(passwordProblem(password, { username: "jsmith" })).toMatch(message);
  });

  it.each(["correct horse battery", "tea at four on thursdays", "Ünïcødé is fine too"])(
    "accepts %s with no composition rules",
    (password) => {
      expect(passwordProblem(password, { username: "jsmith" })).toBeNull();
    },
  );
});

describe("argon2id hashes", () => {
  it("verify the right password only, and never throw on garbage", async () => {
    const hash = await hashPassword("a long enough phrase");
    expect(hash.startsWith("$argon2id$")).toBe(true);
    expect(await verifyPassword(hash, "a long enough phrase")).toBe(true);
    expect(await verifyPassword(hash, "a long enough phrasE")).toBe(false);
    expect(await verifyPassword("not a hash", "x")).toBe(false);
  });
});
