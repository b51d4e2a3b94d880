import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { PickListName } from "./pick-lists.ts";
import { readPick } from "./pick-values.ts";
import { SHARED_DATA } from "./test-kit.ts";

const code = (list: PickListName, text: string) => {
  const reading = readPick(list, text);
  return reading.kind === "ok" ? reading.code : reading.kind;
};

describe("pick-list values", () => {
  it("reads the template's prefixed form, the bare code and the label", () => {
    expect(code("source", "q) 6: Police")).toBe("6");
    expect(code("source", "6")).toBe("6");
    expect(code("source", "Police")).toBe("6");
    expect(code("source", "POLICE")).toBe("6");
    expect(code("source", "b) 1B: Individual")).toBe("1B");
    expect(code("yesNo", "a) Yes")).toBe("YES");
    expect(code("yesNo", "No")).toBe("NO");
    expect(code("yesNo", "y")).toBe("YES");
    expect(code("yesNoUnknown", "c) Unknown")).toBe("UNKNOWN");
    expect(code("placementProvider", "e) PR4 - Private provision")).toBe("PR4");
    expect(code("placementType", "zz) T4: Temporary placement - seven days or less")).toBe("T4");
    expect(code("primaryNeed", "N1 - Abuse or Neglect")).toBe("N1");
    expect(code("primaryNeed", "N2 - Child’s disability")).toBe("N2");
    expect(code("abuseCategory", "Physical abuse")).toBe("PHY");
    expect(code("abuseCategory", "e) Multiple/not recommended")).toBe("MUL");
    expect(code("gender", "Female")).toBe("F");
    expect(code("gender", "c) Not stated/recorded (or unborn)")).toBe("U");
    expect(code("gender", "1")).toBe("M");
    expect(code("ethnicity", "s) NOBT")).toBe("NOBT");
    expect(code("ethnicity", "White British")).toBe("WBRI");
    expect(code("legalStatus", "C2: FCO")).toBe("C2");
    expect(code("reasonCeased", "k) E47: Special Guardianship Orders - relative/friend")).toBe(
      "E47",
    );
    expect(code("accommodationType", "Y: Other accommodation")).toBe("Y");
    expect(code("activity", "G5: Not in education, employment or training - other")).toBe("G5");
    expect(code("inTouch", "d) Refu")).toBe("REFU");
    expect(code("noLongerPlacedReason", "RD2")).toBe("RD2");
    expect(code("leftAdoptionReason", "1")).toBe("1");
  });

  it("does not guess: shared labels and unknown values are unknown, blanks are empty", () => {
    expect(code("source", "Individual")).toBe("unknown");
    expect(code("source", "a) Health services")).toBe("unknown");
    expect(code("primaryNeed", "PSRMEM - Support with memory and cognition")).toBe("unknown");
    expect(code("yesNo", "CS Assessment Updated")).toBe("unknown");
    expect(code("yesNo", "a)")).toBe("unknown");
    expect(readPick("yesNo", "  CS  Assessment\nUpdated ")).toEqual({
      kind: "unknown",
      text: "CS Assessment Updated",
    });
    expect(readPick("yesNo", " \t ")).toEqual({ kind: "empty" });
  });

  it("know every preferred value on the template's Codes_used sheet", () => {
    const shared = JSON.parse(readFileSync(join(SHARED_DATA, "code-lists.json"), "utf8")) as {
      annex_a_2019_template: Record<string, { preferred: string[] }>;
    };
    const listFor: Record<string, PickListName> = {
      Gender: "gender",
      Ethnicity: "ethnicity",
      "Contact / Referral Source": "source",
      "Referral NFA?": "yesNo",
      "Does the Child have a Disability": "yesNoUnknown",
      "Child Seen During Continuous Assessment": "yesNoUnknown",
      "Was the child assessed as being in need at assessment?": "yesNo",
      "Was an Initial Child Protection Conference deemed unnecessary?": "yesNo",
      "Did the Initial Child Protection Conference Result in a Child Protection Plan?": "yesNo",
      "Primary Need Code": "primaryNeed",
      "Reason for Closure": "closureReason",
      "Case status": "caseStatus",
      "Initial/Latest Category of Abuse": "abuseCategory",
      "Was the Child Seen Alone?": "yesNoUnknown",
      "Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)":
        "yesNo",
      "Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)": "yesNo",
      "Child's Category of Need": "categoryOfNeed",
      "Is this a second or subsequent episode of being a Looked After Child within the last 12 months (Y/N)":
        "yesNo",
      "Child's Legal Status": "legalStatus",
      "What is the permanence plan for this child?": "permanencePlan",
      "Reason Ceased to be Looked After": "reasonCeased",
      "Placement Type": "placementType",
      "Placement Provider": "placementProvider",
      "Placement Location": "placementLocation",
      "Was the child offered a Return Interview after their last missing episode (Y/N)?":
        "yesNoUnknown",
      "Did the child accept a Return Interview after their last missing episode (Y/N)?":
        "yesNoUnknown",
      "Eligibility Category": "eligibility",
      "LA In Touch": "inTouch",
      "Type of Accommodation": "accommodationType",
      "Suitability of Accommodation": "suitability",
      "Activity Status": "activity",
      "Reason Why Child No Longer Placed for Adoption": "noLongerPlacedReason",
      "Reason for leaving adoption process": "leftAdoptionReason",
    };
    // "LA of Placement" is free text (an LA's name) with a few country codes: not a pick list.
    const skipped = new Set(["LA of Placement"]);
    for (const [name, values] of Object.entries(shared.annex_a_2019_template)) {
      if (skipped.has(name)) continue;
      const list = listFor[name];
      expect(list, `no pick list for "${name}"`).toBeDefined();
      if (!list) continue;
      for (const value of values.preferred) {
        expect(readPick(list, value).kind, `${name}: ${value}`).toBe("ok");
      }
    }
  });
});
