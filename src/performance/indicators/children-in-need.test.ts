import { describe, expect, it } from "vitest";
import { figure, referral, run } from "./test-fixtures.ts";

describe("cin_open_at_end (to = 2024-03-31)", () => {
  it("counts distinct children with a referral open at `to`", () => {
    const referrals = [
      referral("A", "2024-03-31"), // opened on `to`: open
      referral("A", "2023-06-01"), // A's second open referral: still one child
      referral("B", "2024-01-01", { closureDate: "2024-03-31" }), // closed on `to`: not open
      referral("C", "2024-01-01", { closureDate: "2024-04-01" }), // closed after: open
      referral("D", "2024-04-01"), // after `to`
      referral("E", "2023-01-01", { closureDate: "2023-06-01" }), // closed...
      referral("E", "2024-01-01"), // ...but re-referred and open
    ];
    const r = run("cin_open_at_end", { referrals }, "2024-01-01", "2024-03-31");
    // A, C, E
    expect(figure(r)).toEqual([3, null, 3]);
    expect(r.numeratorKeys).toEqual(["child:A", "child:C", "child:E"]);
  });
});
