/**
 * CSWW census code lists the canonical staff record uses. The labels follow the DfE
 * guide's wording (the XSD's annotations, with its "Practicioner" misspelling corrected)
 * in sentence case, because people read them on screen, not the codes.
 */

/** `OrgRole`: the worker's role in the organisation at 30 September, or when they left. */
const ROLE_LABELS: Readonly<Record<string, string>> = {
  "1": "Senior manager",
  "2": "Middle manager",
  "3": "First line manager",
  "4": "Senior practitioner",
  "5": "Case holder",
  "6": "Qualified without cases",
};

/** The label for an `OrgRole` code, or null when the code is not in the list. */
export function roleLabel(code: string): string | null {
  return Object.hasOwn(ROLE_LABELS, code) ? (ROLE_LABELS[code] ?? null) : null;
}

export function roleCodes(): string[] {
  return Object.keys(ROLE_LABELS);
}

/**
 * `AgencyWorker`: the XSD allows 0 (employed by the council) and 1 (agency). true/false
 * are accepted too, as the CIN census parser does, since suppliers write either.
 */
export function parseAgencyFlag(text: string): boolean | null {
  switch (text.toLowerCase()) {
    case "1":
    case "true":
      return true;
    case "0":
    case "false":
      return false;
    default:
      return null;
  }
}
