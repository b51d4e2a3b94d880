/**
 * Rows a user can add and remove, GOV.UK's "add another" pattern. Each row keeps a key of
 * its own, so React keeps what was typed in the other rows when one is removed. Focus
 * moves to a new row's first input, and after a removal to the list's add button, so a
 * keyboard user is never left on a button that has just gone.
 */
import { useEffect, useRef, useState } from "react";

interface Options {
  /** The id of the first input of the row at this position. */
  firstInputId: (index: number) => string;
  /** The id of the list's "Add another" button. */
  addButtonId: string;
}

export interface Rows {
  keys: number[];
  add: () => void;
  remove: (index: number) => void;
  /** Back to `initial` empty rows, after a form is saved and cleared. */
  reset: () => void;
}

export function useRows(initial: number, { firstInputId, addButtonId }: Options): Rows {
  const counter = useRef(initial);
  const [keys, setKeys] = useState<number[]>(() => Array.from({ length: initial }, (_, i) => i));
  const focusNext = useRef<string | null>(null);

  // After every render, but acts only when an add or remove has asked for focus to move.
  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  const fresh = () => {
    counter.current += 1;
    return counter.current;
  };
  return {
    keys,
    add: () => {
      focusNext.current = firstInputId(keys.length);
      setKeys([...keys, fresh()]);
    },
    remove: (index) => {
      focusNext.current = addButtonId;
      setKeys(keys.filter((_, i) => i !== index));
    },
    reset: () => setKeys(Array.from({ length: initial }, () => fresh())),
  };
}
