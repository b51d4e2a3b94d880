/**
 * Recognising a list from its header row. Sheets are identified by what they hold, not
 * where they sit: the sheet (or file) name and a "List 3: Referral" title row are hints,
 * the header row decides. Header cells are compared in three tiers, each only for the
 * cells and columns the tiers before left unmatched:
 *   1. the same normalised text as one of the column's known headers;
 *   2. the same meaningful words in another order ("Referral date" = "Date of referral");
 *   3. nearly the same words (Jaccard >= 0.8, one clear winner): a typo or an extra word.
 * Only tiers 1-2 count towards recognising a list, so a near miss never decides which
 * list a sheet is.
 */
import { ANNEX_A_LISTS, type ColumnDef, type ListDef } from "./lists.ts";
import { headerWords, normaliseHeader, similarity, tidyText } from "./normalise.ts";

export interface HeaderMatch {
  list: ListDef;
  /** Column key -> 0-based cell index in the row. */
  index: ReadonlyMap<string, number>;
  /** Column key -> the header as written in the file (tidied), for messages. */
  label: ReadonlyMap<string, string>;
  /** Columns matched by tier 1 or 2. */
  strong: ReadonlySet<string>;
}

const FUZZY_THRESHOLD = 0.8;
const FUZZY_MARGIN = 0.05;

interface ColumnAliases {
  column: ColumnDef;
  /** Tier 1: normalised header texts. */
  texts: Set<string>;
  /** Tier 2: each header's words, sorted and joined. */
  wordKeys: Set<string>;
  /** Tier 3: each header's words. */
  words: Set<string>[];
}

const aliasCache = new Map<number, ColumnAliases[]>();

function wordKey(words: ReadonlySet<string>): string {
  return [...words].sort().join(" ");
}

function aliasesOf(list: ListDef): ColumnAliases[] {
  const cached = aliasCache.get(list.number);
  if (cached) return cached;
  const built = list.columns.map((column) => {
    const texts = new Set(column.headers.map(normaliseHeader));
    const words = [...texts].map(headerWords);
    return { column, texts, wordKeys: new Set(words.map(wordKey)), words };
  });
  aliasCache.set(list.number, built);
  return built;
}

const ID_WORDS = new Set(["id", "identifier", "ref", "reference", "uid"]);

/** "Child ref", "LA child identifier": any header naming the subject's identifier. */
function looksLikeId(list: ListDef, words: ReadonlySet<string>): boolean {
  const subject = list.idColumn === "adopterId" ? "adopter" : "child";
  if (!words.has(subject) || words.has("family")) return false;
  for (const word of words) if (ID_WORDS.has(word)) return true;
  return false;
}

/** A row's cells normalised once, for matching against every list. */
interface PreparedRow {
  cells: readonly string[];
  normalised: string[];
  words: Set<string>[];
  wordKeys: string[];
}

function prepare(cells: readonly string[]): PreparedRow {
  const normalised = cells.map(normaliseHeader);
  const words = normalised.map(headerWords);
  return { cells, normalised, words, wordKeys: words.map(wordKey) };
}

/** Matches one row of cell texts against one list's columns. */
export function matchHeaderRow(list: ListDef, cells: readonly string[]): HeaderMatch {
  return matchPrepared(list, prepare(cells));
}

function matchPrepared(list: ListDef, row: PreparedRow): HeaderMatch {
  const aliases = aliasesOf(list);
  const index = new Map<string, number>();
  const label = new Map<string, string>();
  const strong = new Set<string>();
  const usedCells = new Set<number>();
  const assign = (key: string, cell: number, isStrong: boolean) => {
    index.set(key, cell);
    label.set(key, tidyText(row.cells[cell] ?? ""));
    usedCells.add(cell);
    if (isStrong) strong.add(key);
  };
  const firstOpen = (test: (alias: ColumnAliases) => boolean) =>
    aliases.find((alias) => !index.has(alias.column.key) && test(alias));

  // Tier 1; the first of two cells with the same header wins.
  row.normalised.forEach((text, cell) => {
    if (text === "") return;
    const hit = firstOpen((alias) => alias.texts.has(text));
    if (hit) assign(hit.column.key, cell, true);
  });
  // Tier 2.
  row.wordKeys.forEach((key, cell) => {
    if (key === "" || usedCells.has(cell)) return;
    const hit = firstOpen((alias) => alias.wordKeys.has(key));
    if (hit) assign(hit.column.key, cell, true);
  });
  // Tier 3.
  row.words.forEach((cellWords, cell) => {
    if (cellWords.size === 0 || usedCells.has(cell)) return;
    if (!index.has(list.idColumn) && looksLikeId(list, cellWords)) {
      assign(list.idColumn, cell, false);
      return;
    }
    let best: ColumnAliases | null = null;
    let bestScore = 0;
    let second = 0;
    for (const alias of aliases) {
      if (index.has(alias.column.key)) continue;
      let score = 0;
      for (const words of alias.words) {
        // Jaccard can be no more than the ratio of the two sizes: skip hopeless pairs.
        const ratio = Math.min(words.size, cellWords.size) / Math.max(words.size, cellWords.size);
        if (ratio >= FUZZY_THRESHOLD) score = Math.max(score, similarity(words, cellWords));
      }
      if (score > bestScore) {
        second = bestScore;
        bestScore = score;
        best = alias;
      } else if (score > second) second = score;
    }
    if (best && bestScore >= FUZZY_THRESHOLD && bestScore - second >= FUZZY_MARGIN) {
      assign(best.column.key, cell, false);
    }
  });
  return { list, index, label, strong };
}

let anchorIndexCache: Map<string, number[]> | null = null;

/** Normalised text or word key of any anchor header -> the lists it anchors. */
function anchorIndex(): Map<string, number[]> {
  if (anchorIndexCache) return anchorIndexCache;
  const index = new Map<string, number[]>();
  const add = (key: string, list: number) => {
    const lists = index.get(key) ?? [];
    if (!lists.includes(list)) lists.push(list);
    index.set(key, lists);
  };
  for (const list of ANNEX_A_LISTS) {
    for (const alias of aliasesOf(list)) {
      if (!list.anchors.includes(alias.column.key)) continue;
      for (const text of alias.texts) add(text, list.number);
      for (const key of alias.wordKeys) add(key, list.number);
    }
  }
  anchorIndexCache = index;
  return index;
}

function anchorHits(match: HeaderMatch): number {
  return match.list.anchors.filter((key) => match.strong.has(key)).length;
}

/**
 * The list a row is the header of, or null. Without a hint a row needs the id column
 * and at least one column only that list has; a hinted list (sheet "List 3") is also
 * taken with its id or an anchor plus one more column, so a list missing its key column
 * is still recognised and reported as such rather than skipped.
 */
export function recogniseHeader(cells: readonly string[], hint: number | null): HeaderMatch | null {
  const row = prepare(cells);
  if (row.normalised.every((text) => text === "")) return null;
  // Only a list with an anchor in the row (or the hinted one) can be recognised; most
  // rows searched are titles, notes or data and match no list at all.
  const candidates = new Set<number>(hint === null ? [] : [hint]);
  const anchorLists = anchorIndex();
  row.normalised.forEach((text, cell) => {
    for (const n of anchorLists.get(text) ?? []) candidates.add(n);
    for (const n of anchorLists.get(row.wordKeys[cell] ?? "") ?? []) candidates.add(n);
  });
  let best: { match: HeaderMatch; rank: number; size: number } | null = null;
  for (const list of ANNEX_A_LISTS) {
    if (!candidates.has(list.number)) continue;
    const match = matchPrepared(list, row);
    const hasId = match.index.has(list.idColumn);
    const anchorCount = anchorHits(match);
    const hinted = hint === list.number;
    const recognised =
      (hasId && anchorCount > 0) || (hinted && (hasId || anchorCount > 0) && match.index.size >= 2);
    if (!recognised) continue;
    const rank = (anchorCount > 0 ? 2 : 0) + (hinted ? 1 : 0);
    const size = match.strong.size;
    if (!best || rank > best.rank || (rank === best.rank && size > best.size)) {
      best = { match, rank, size };
    }
  }
  return best?.match ?? null;
}

const LIST_NUMBER = /\blist\s*[-_.]?\s*(\d{1,2})(?!\d)/i;

/**
 * Which list a sheet name, title cell or file name points at, if any: "List 3",
 * "List_3", "list-03", "Annex A - Referrals.csv". Only a hint; the header row decides.
 */
export function listHint(text: string): number | null {
  const numbered = LIST_NUMBER.exec(text.replace(/_/g, " "));
  if (numbered) {
    const n = Number(numbered[1]);
    return n >= 1 && n <= ANNEX_A_LISTS.length ? n : null;
  }
  const words = headerWords(normaliseHeader(text));
  // The list whose name has the most words all present; two different lists tying is no hint.
  let found: { list: number; size: number } | null = null;
  let tie = false;
  for (const list of ANNEX_A_LISTS) {
    for (const name of list.names) {
      const nameWords = headerWords(normaliseHeader(name));
      if (nameWords.size === 0 || ![...nameWords].every((w) => words.has(w))) continue;
      if (!found || nameWords.size > found.size) {
        found = { list: list.number, size: nameWords.size };
        tie = false;
      } else if (nameWords.size === found.size && found.list !== list.number) {
        tie = true;
      }
    }
  }
  return found && !tie ? found.list : null;
}
