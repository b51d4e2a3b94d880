/**
 * Reads a pick-list cell. LAs write the template's prefixed form ("q) 6: Police",
 * "a) Yes", "e) PR4 - Private provision"), the bare code ("6", "PR4"), or the label
 * alone ("Police", "Physical abuse"); all three mean the same option.
 */
import { normaliseHeader, tidyText } from "./normalise.ts";
import { PICK_LISTS, type PickList, type PickListName } from "./pick-lists.ts";

export type PickReading =
  | { kind: "empty" }
  | { kind: "ok"; code: string }
  /** Not an option of the list; `text` is the value as supplied (tidied). */
  | { kind: "unknown"; text: string };

/**
 * The template's ordering prefix: "a) ", "zz) ", "(b) ". The letters are not checked
 * against the option: the template itself gives REFU and NOBT the same "s)".
 */
const LETTER_PREFIX = /^\(?[a-z]{1,2}\)\s*/i;

/** "6: Police", "PR4 - Private provision", "N1 – Abuse": code, separator, label. */
const CODE_AND_LABEL = /^(.+?)\s*(?::|\s[-\u2013\u2014]\s)\s*(.+)$/;

const indexes = new Map<PickListName, Map<string, string>>();

/** Normalised code or label -> code; a text that two options share is left out. */
function indexOf(name: PickListName): Map<string, string> {
  const cached = indexes.get(name);
  if (cached) return cached;
  const list: PickList = PICK_LISTS[name];
  const index = new Map<string, string>();
  const ambiguous = new Set<string>();
  const add = (text: string, code: string) => {
    const key = normaliseHeader(text);
    if (key === "" || ambiguous.has(key)) return;
    const existing = index.get(key);
    if (existing !== undefined && existing !== code) {
      index.delete(key);
      ambiguous.add(key);
      return;
    }
    index.set(key, code);
  };
  // Codes first: a code always means its own option even if it is also another's label.
  for (const option of list.options) add(option.code, option.code);
  for (const option of list.options) for (const label of option.labels) add(label, option.code);
  indexes.set(name, index);
  return index;
}

/** Pick-list cells repeat endlessly ("a) Yes"): remember recent readings per list. */
const MEMO_LIMIT = 4096;
const memos = new Map<PickListName, Map<string, PickReading>>();

export function readPick(name: PickListName, raw: string): PickReading {
  let memo = memos.get(name);
  if (!memo) {
    memo = new Map();
    memos.set(name, memo);
  }
  const known = memo.get(raw);
  if (known) return known;
  const reading = readUncached(name, raw);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(raw, reading);
  return reading;
}

function readUncached(name: PickListName, raw: string): PickReading {
  const text = tidyText(raw);
  if (text === "") return { kind: "empty" };
  const index = indexOf(name);
  const stripped = text.replace(LETTER_PREFIX, "");
  const candidates = [stripped];
  const parts = CODE_AND_LABEL.exec(stripped);
  if (parts) candidates.push(parts[1] ?? "", parts[2] ?? "");
  // A bare value that happens to look like a prefix ("b)" alone) is tried as written too.
  if (stripped !== text) candidates.push(text);
  for (const candidate of candidates) {
    const code = index.get(normaliseHeader(candidate));
    if (code !== undefined) return { kind: "ok", code };
  }
  return { kind: "unknown", text };
}
