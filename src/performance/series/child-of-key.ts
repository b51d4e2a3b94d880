/**
 * The child behind a drill-down key (see indicators/keys.ts): `<type>:<child id>` followed
 * by the record's natural-key dates. The child id is everything up to the first
 * `:YYYY-MM-DD`, so an id that itself holds a colon still comes back whole.
 */
const KEY = /^[a-z0-9_]+:(.+?)(?::\d{4}-\d{2}-\d{2}(?::.*)?)?$/;

export function childOfKey(key: string): string | null {
  const match = KEY.exec(key);
  return match?.[1] ?? null;
}
