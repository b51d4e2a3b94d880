/**
 * Text normalisation shared by header matching and pick-list reading. Headers and codes
 * come from hand-edited spreadsheets: case, curly quotes, doubled spaces, line breaks in
 * a cell, "(Y/N))" typos and trailing "?" all vary between LAs and template versions, so
 * matching compares a canonical form rather than the text as typed.
 */

/** Apostrophes, curly or straight, and U+FFFD (what a curly quote becomes when a
 * Windows-1252 file is read as UTF-8, or when a reader splits a UTF-8 sequence):
 * removed outright so "Child's", "Child’s" and "Childs" all read the same. */
const APOSTROPHES = /['\u2018\u2019\u201B\u2032\u0060\u00B4\uFFFD]/g;

const NON_ASCII = /[^ -~\t\r\n]/;

/** "(Y/N)", "(y / n)" and the template's own "(Y/N))" typo carry no meaning. */
const YES_NO_HINT = /\(\s*y\s*\/\s*n\s*\)+/g;

/**
 * Canonical form of a header or label: lower case, apostrophes dropped, "&" as "and",
 * every other run of non-alphanumerics a single space, trimmed.
 */
export function normaliseHeader(text: string): string {
  // NFKC folds full-width and ligature forms; plain ASCII (nearly every header) has none.
  const folded = NON_ASCII.test(text) ? text.normalize("NFKC") : text;
  return folded
    .toLowerCase()
    .replace(YES_NO_HINT, " ")
    .replace(APOSTROPHES, "")
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Words that carry no meaning when two wordings of a header are compared as word sets. */
const STOP_WORDS = new Set([
  "a",
  "an",
  "the",
  "of",
  "to",
  "in",
  "for",
  "by",
  "on",
  "at",
  "was",
  "is",
  "has",
  "been",
  "be",
  "and",
  "or",
]);

/**
 * The meaningful words of a normalised header, for order-insensitive comparison. A
 * plural "s" is dropped ("Dates", "Referrals"): headings vary in number more than in
 * anything else.
 */
export function headerWords(normalised: string): Set<string> {
  const words = new Set<string>();
  for (const word of normalised.split(" ")) {
    if (word === "" || STOP_WORDS.has(word)) continue;
    words.add(
      word.length > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word,
    );
  }
  return words;
}

/** Jaccard similarity of two word sets (1 = same words). */
export function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Cell text as a person reads it: whitespace runs (including line breaks) as one space. */
export function tidyText(text: string): string {
  const trimmed = text.trim();
  // Most cells have no doubled or odd whitespace: skip the rewrite for them.
  return ODD_WHITESPACE.test(trimmed) ? trimmed.replace(/\s+/g, " ") : trimmed;
}

const ODD_WHITESPACE = /\s\s|[^\S ]/;
