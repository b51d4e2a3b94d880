/** Longest stretch of a user's value quoted back in a message. */
const MAX_QUOTED = 40;

/**
 * A cell's text as quoted in a problem message: trimmed and cut short, so a runaway
 * value (a whole paragraph, or a file with the wrong delimiter) cannot bloat thousands
 * of stored problems.
 */
export function quoteValue(cell: string | undefined): string {
  const text = (cell ?? "").trim();
  const shown = text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}...` : text;
  return `"${shown}"`;
}
