/**
 * Shorter forms of the server's reasons for the scorecard, where a row must be read at a
 * glance. Every reason starts with its verdict in words ("Improving: ...", "Possible: ..."),
 * which is kept; only what the column heading or the row already says is dropped. A
 * reason in an unexpected shape is shown whole, never lost. The indicator page shows the
 * reasons in full.
 */

export interface Reason {
  /** the verdict: "Improving", "No better direction", "Withheld" */
  word: string;
  detail: string;
}

export function splitReason(reason: string): Reason {
  const colon = reason.indexOf(": ");
  if (colon <= 0) return { word: reason, detail: "" };
  return { word: reason.slice(0, colon), detail: reason.slice(colon + 2) };
}

/**
 * "Improving: 20.5%, down 1.6 points from 22.1% in the previous period (lower is better)"
 * becomes "Improving" and "down 1.6 points from 22.1%": the current figure, the period
 * and the polarity are already in the row and the column heading.
 */
export function shortDirection(reason: string): Reason {
  const { word, detail } = splitReason(reason);
  const moved = /^[\d.,%c]+, ((?:up|down) .+? from [^ ;]+)/.exec(detail);
  if (moved?.[1]) return { word, detail: moved[1] };
  if (word === "Unchanged") return { word, detail: "" };
  return { word, detail };
}

/** "Possible: the range spans the 22% target. The trend ..." gives its first sentence. */
export function firstSentence(text: string): string {
  const end = text.indexOf(". ");
  return end === -1 ? text : text.slice(0, end + 1);
}

/** A reason's detail standing on its own, as a sentence: "no direction..." reads "No direction...". */
export function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
