import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ChildAccessFacts, decideChildAccess } from "./record-access.ts";
import { canReadAnyChild, hasPermission, ROLES } from "./roles.ts";

const facts = fc.record<ChildAccessFacts>({
  restricted: fc.boolean(),
  namedUser: fc.boolean(),
  allocatedToUserOrTeam: fc.boolean(),
  inUsersAudit: fc.boolean(),
  breakGlassActive: fc.boolean(),
});
const role = fc.constantFrom(...ROLES);

describe("decideChildAccess", () => {
  it("never lets an aggregate-only role see a child, whatever the facts", () => {
    fc.assert(
      fc.property(role, facts, (r, f) => {
        if (!canReadAnyChild(r))
          expect(decideChildAccess(r, f)).toEqual({ allowed: false, canBreakGlass: false });
      }),
      { numRuns: 2000 },
    );
  });

  it("lets nobody see a restricted child unless named or breaking glass", () => {
    fc.assert(
      fc.property(role, facts, (r, f) => {
        if (f.restricted && !f.namedUser && !f.breakGlassActive)
          expect(decideChildAccess(r, f).allowed).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it("never widens access when a fact is taken away", () => {
    const keys = [
      "namedUser",
      "allocatedToUserOrTeam",
      "inUsersAudit",
      "breakGlassActive",
    ] as const;
    fc.assert(
      fc.property(role, facts, fc.constantFrom(...keys), (r, f, key) => {
        const fewer = decideChildAccess(r, { ...f, [key]: false }).allowed;
        if (fewer) expect(decideChildAccess(r, f).allowed).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("works through the cases by hand", () => {
    const none = {
      restricted: false,
      namedUser: false,
      allocatedToUserOrTeam: false,
      inUsersAudit: false,
      breakGlassActive: false,
    };
    expect(decideChildAccess("director", none)).toEqual({ allowed: true, basis: "role_all" });
    expect(decideChildAccess("social_worker", none)).toEqual({
      allowed: false,
      canBreakGlass: true,
    });
    expect(decideChildAccess("social_worker", { ...none, allocatedToUserOrTeam: true })).toEqual({
      allowed: true,
      basis: "team",
    });
    expect(decideChildAccess("qa_lead", { ...none, allocatedToUserOrTeam: true })).toEqual({
      allowed: false,
      canBreakGlass: true,
    });
    expect(decideChildAccess("qa_lead", { ...none, inUsersAudit: true })).toEqual({
      allowed: true,
      basis: "audit",
    });
    expect(decideChildAccess("director", { ...none, restricted: true })).toEqual({
      allowed: false,
      canBreakGlass: true,
    });
    expect(
      decideChildAccess("social_worker", { ...none, restricted: true, namedUser: true }),
    ).toEqual({ allowed: true, basis: "named_user" });
    expect(decideChildAccess("admin", { ...none, breakGlassActive: true })).toEqual({
      allowed: false,
      canBreakGlass: false,
    });
  });
});

describe("the role table", () => {
  it("keeps child-level data away from administrators, board roles and observers", () => {
    for (const r of [
      "admin",
      "board_chair",
      "board_member",
      "dfe_observer",
      "elected_member",
    ] as const)
      expect(canReadAnyChild(r)).toBe(false);
  });
  it("lets only performance officers and administrators import extracts", () => {
    expect(ROLES.filter((r) => hasPermission(r, "imports.write"))).toEqual([
      "performance_officer",
      "admin",
    ]);
  });
  it("denies unknown roles everything", () => {
    expect(hasPermission("superuser", "account.self")).toBe(false);
  });
});
