/**
 * Reads a yes/no flag (OC2 checks, MOTHER, FOSTER_CARE). The return codes these as 0/1;
 * the indicator spec also accepts true/false (case-insensitive, trimmed), which is what
 * some exports write. Anything else is `undefined` so the caller can report it, while an
 * empty cell is `null` ("not recorded").
 */
export function readFlag(raw: string): boolean | null | undefined {
  const text = raw.trim().toLowerCase();
  if (text === "") return null;
  if (text === "1" || text === "true") return true;
  if (text === "0" || text === "false") return false;
  return undefined;
}
