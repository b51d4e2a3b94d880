/**
 * Plain query strings (`?search=abc&page=2`) rather than the router's default JSON
 * encoding, so addresses stay readable and match the API's own query strings.
 */
export function parseSearch(searchStr: string): Record<string, string> {
  return Object.fromEntries(
    new URLSearchParams(searchStr.startsWith("?") ? searchStr.slice(1) : searchStr),
  );
}

export function stringifySearch(search: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    if (value !== undefined && value !== null && value !== "") params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

export function optionalText(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() ? value.trim() : undefined;
}

export function positiveInt(value: unknown): number | undefined {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : undefined;
}
