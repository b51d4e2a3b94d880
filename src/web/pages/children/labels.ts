/** Words for the codes a child's record carries. */

// CIN census and SSDA903 sex codes.
const SEX: Record<string, string> = {
  "0": "Not known",
  "1": "Male",
  "2": "Female",
  "9": "Not specified",
};

export function sexLabel(code: string | null): string {
  if (!code) return "Not recorded";
  return SEX[code] ?? code;
}

const ACCESS_BASIS: Record<string, string> = {
  role_all: "Your role can see every child's record",
  team: "The child is allocated to your team or to you",
  audit: "The child is in an audit you work on",
  named_user: "You are named on this restricted record",
  break_glass: "Break-glass access: temporary, logged and reviewed by an administrator",
};

export function accessBasisLabel(basis: string): string {
  return ACCESS_BASIS[basis] ?? basis;
}
