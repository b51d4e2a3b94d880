/**
 * Small-number suppression for audiences that must not see small counts (DfE observers,
 * elected members): a count of 1-5 could identify a child, so it is shown as "c". Zero is
 * shown: "no children" identifies nobody.
 *
 * A table with totals needs more than that, or subtraction gives the hidden value back
 * (a row of c, 10, 12 with total 25 says c = 3). So the table is treated as a grid with
 * its totals as an extra row and column, where every row and column "line" is an
 * equation (cells add up to the total). Secondary suppression then hides more entries:
 *
 *  1. In every line with exactly one hidden entry, hide the next-smallest entry of that
 *     line (the smallest non-zero cell; a zero cell only if there is none; the line's
 *     total only if every cell is already hidden). A line whose hidden cells are all 1s
 *     while its total is shown gets one more too: c + c = 2 would give both away, since
 *     a hidden value is known to be at least 1.
 *  2. Repeat until no line changes.
 *  3. Two hidden entries per line is not always enough: equations can be combined across
 *     lines. Viewing rows and columns as vertices and hidden entries as edges, a hidden
 *     entry can be solved for exactly when it is a bridge (on no cycle of hidden entries);
 *     if any is, hide the cheapest path of shown entries that closes a cycle through it,
 *     and go back to 1.
 * The result: no hidden entry is determined by the shown entries and the totals.
 * Remaining limits, as for any cell suppression: bounds reasoning across several lines
 * can still narrow a hidden value to a range, and the same figures published in another
 * table can undo it, so audiences get tables cut the same way every time.
 */
import { percentValue } from "../indicators/percent.ts";

export const SUPPRESSED = "c";
export type Suppressed = number | typeof SUPPRESSED;

/** Counts shown as "c": 1 to 5. */
export const SMALL_MIN = 1;
export const SMALL_MAX = 5;

function assertCount(n: number, what: string): void {
  if (!Number.isSafeInteger(n) || n < 0)
    throw new RangeError(`${what} must be a whole number >= 0: ${n}`);
}

const isSmall = (n: number) => n >= SMALL_MIN && n <= SMALL_MAX;

export function suppressCount(n: number): Suppressed {
  assertCount(n, "A count");
  return isSmall(n) ? SUPPRESSED : n;
}

/**
 * A percentage is hidden when its numerator or the rest of its denominator is 1-5: 37 of
 * 40 is 92.5%, which tells a reader that 3 children were not, just as plainly as 3 of 40.
 * Null when the denominator is 0 (no data), as for the unsuppressed figure.
 */
export function suppressPercent(numerator: number, denominator: number): Suppressed | null {
  assertCount(numerator, "A numerator");
  assertCount(denominator, "A denominator");
  if (numerator > denominator) throw new RangeError(`${numerator} of ${denominator}`);
  if (isSmall(numerator) || isSmall(denominator - numerator)) return SUPPRESSED;
  return percentValue(numerator, denominator);
}

export interface TableInput {
  cells: readonly (readonly number[])[];
  /** omitted: the row sums (a reader can add up a shown row, or find it elsewhere) */
  rowTotals?: readonly number[];
  columnTotals?: readonly number[];
  grandTotal?: number;
}

export interface SuppressedTable {
  cells: Suppressed[][];
  rowTotals: Suppressed[];
  columnTotals: Suppressed[];
  grandTotal: Suppressed;
}

interface Entry {
  value: number;
  hidden: boolean;
}

type Coord = readonly [row: number, column: number];

/** Rows then columns of the (R+1) x (C+1) grid; the last member of each line is its total. */
function linesOf(rows: number, columns: number): Coord[][] {
  const lines: Coord[][] = [];
  for (let i = 0; i <= rows; i++)
    lines.push(Array.from({ length: columns + 1 }, (_, j) => [i, j] as const));
  for (let j = 0; j <= columns; j++)
    lines.push(Array.from({ length: rows + 1 }, (_, i) => [i, j] as const));
  return lines;
}

function buildGrid(input: TableInput): Entry[][] {
  const { cells } = input;
  const columns = cells[0]?.length ?? 0;
  for (const row of cells) {
    if (row.length !== columns)
      throw new RangeError("Every row must have the same number of cells");
    for (const n of row) assertCount(n, "A cell");
  }
  const rowTotals = input.rowTotals ?? cells.map((row) => row.reduce((a, b) => a + b, 0));
  const columnTotals =
    input.columnTotals ??
    Array.from({ length: columns }, (_, j) => cells.reduce((sum, row) => sum + (row[j] ?? 0), 0));
  if (rowTotals.length !== cells.length) throw new RangeError("One row total per row");
  if (columnTotals.length !== columns) throw new RangeError("One column total per column");
  const grandTotal = input.grandTotal ?? rowTotals.reduce((a, b) => a + b, 0);
  for (const n of [...rowTotals, ...columnTotals, grandTotal]) assertCount(n, "A total");

  const entry = (value: number): Entry => ({ value, hidden: isSmall(value) });
  return [
    ...cells.map((row, i) => [...row.map(entry), entry(rowTotals[i] ?? 0)]),
    [...columnTotals.map(entry), entry(grandTotal)],
  ];
}

const at = (grid: Entry[][], [i, j]: Coord): Entry => {
  const e = grid[i]?.[j];
  if (e === undefined) throw new RangeError(`No entry at ${i},${j}`);
  return e;
};

/** Step 1 for one line: the entry to hide next, or null if the line is safe (or cannot be helped). */
function nextToHide(grid: Entry[][], line: readonly Coord[]): Coord | null {
  const members = line.map((c) => ({ c, e: at(grid, c) }));
  const total = members.at(-1);
  const cells = members.slice(0, -1);
  const hidden = members.filter((m) => m.e.hidden);
  const hiddenCells = cells.filter((m) => m.e.hidden);
  const allOnes =
    total !== undefined &&
    !total.e.hidden &&
    hiddenCells.length >= 2 &&
    hiddenCells.every((m) => m.e.value === 1);
  if (hidden.length !== 1 && !allOnes) return null;

  const shown = cells.filter((m) => !m.e.hidden);
  // the smallest non-zero cell, first in line order on ties; then a zero cell; then the total
  const nonZero = shown.filter((m) => m.e.value > 0).sort((a, b) => a.e.value - b.e.value)[0];
  const choice = nonZero ?? shown[0] ?? (total && !total.e.hidden ? total : undefined);
  return choice?.c ?? null;
}

/** Hidden entries that are bridges of the row/column graph: each could be solved for. */
function bridges(grid: Entry[][], rows: number, columns: number): Coord[] {
  const vertexCount = rows + columns + 2; // rows 0..R, then columns 0..C
  const adjacency: { to: number; c: Coord }[][] = Array.from({ length: vertexCount }, () => []);
  grid.forEach((row, i) => {
    row.forEach((e, j) => {
      if (!e.hidden) return;
      const column = rows + 1 + j;
      adjacency[i]?.push({ to: column, c: [i, j] });
      adjacency[column]?.push({ to: i, c: [i, j] });
    });
  });
  const found: Coord[] = [];
  const order = new Array<number>(vertexCount).fill(-1);
  const low = new Array<number>(vertexCount).fill(0);
  let time = 0;
  const visit = (v: number, parent: number): void => {
    order[v] = low[v] = time++;
    for (const { to, c } of adjacency[v] ?? []) {
      if (to === parent) continue; // a simple graph: at most one edge between two vertices
      if ((order[to] ?? -1) === -1) {
        visit(to, v);
        low[v] = Math.min(low[v] ?? 0, low[to] ?? 0);
        if ((low[to] ?? 0) > (order[v] ?? 0)) found.push(c);
      } else {
        low[v] = Math.min(low[v] ?? 0, order[to] ?? 0);
      }
    }
  };
  for (let v = 0; v < vertexCount; v++) if (order[v] === -1) visit(v, -1);
  return found;
}

/** A zero is hidden only when nothing else closes the cycle: "c" for 0 misleads readers. */
const ZERO_COST = 1e12;

/** Step 3: the cheapest shown entries forming, with hidden ones, a cycle through `bridge`. */
function closeCycle(grid: Entry[][], rows: number, bridge: Coord): Coord[] {
  const columns = (grid[0]?.length ?? 1) - 1;
  const vertexCount = rows + columns + 2;
  const [start, goal] = [bridge[0], rows + 1 + bridge[1]];
  const dist = new Array<number>(vertexCount).fill(Number.POSITIVE_INFINITY);
  const via = new Array<Coord | null>(vertexCount).fill(null);
  const prev = new Array<number>(vertexCount).fill(-1);
  const done = new Array<boolean>(vertexCount).fill(false);
  dist[start] = 0;
  for (;;) {
    // Dijkstra on a graph of at most a few dozen vertices: a linear scan is simplest
    let v = -1;
    for (let u = 0; u < vertexCount; u++) {
      if (!done[u] && (dist[u] ?? Infinity) < (v === -1 ? Infinity : (dist[v] ?? Infinity))) v = u;
    }
    if (v === -1 || v === goal) break;
    done[v] = true;
    const neighbours: { to: number; c: Coord }[] =
      v <= rows
        ? Array.from({ length: columns + 1 }, (_, j) => ({ to: rows + 1 + j, c: [v, j] as const }))
        : Array.from({ length: rows + 1 }, (_, i) => ({ to: i, c: [i, v - rows - 1] as const }));
    for (const { to, c } of neighbours) {
      if (c[0] === bridge[0] && c[1] === bridge[1]) continue;
      const e = at(grid, c);
      const cost = e.hidden ? 0 : e.value > 0 ? e.value : ZERO_COST;
      const d = (dist[v] ?? Infinity) + cost;
      if (d < (dist[to] ?? Infinity)) {
        dist[to] = d;
        via[to] = c;
        prev[to] = v;
      }
    }
  }
  const path: Coord[] = [];
  for (let v = goal; v !== start && v !== -1; v = prev[v] ?? -1) {
    const c = via[v];
    if (c && !at(grid, c).hidden) path.push(c);
  }
  return path;
}

/** Primary and secondary suppression of a table and its totals (see the file comment). */
export function suppressTable(input: TableInput): SuppressedTable {
  const grid = buildGrid(input);
  const rows = input.cells.length;
  const columns = input.cells[0]?.length ?? 0;
  if (rows === 0 || columns === 0) {
    // No cells: every total is a sum of nothing. Anything else is not a table.
    if (grid.some((row) => row.some((e) => e.value !== 0))) {
      throw new RangeError("A table with no cells can only have totals of 0");
    }
    return {
      cells: input.cells.map(() => []),
      rowTotals: input.cells.map(() => 0),
      columnTotals: [],
      grandTotal: 0,
    };
  }
  const lines = linesOf(rows, columns);

  for (;;) {
    let changed = true;
    while (changed) {
      changed = false;
      for (const line of lines) {
        const c = nextToHide(grid, line);
        if (c !== null) {
          at(grid, c).hidden = true;
          changed = true;
        }
      }
    }
    const [bridge] = bridges(grid, rows, columns);
    if (bridge === undefined) break;
    const path = closeCycle(grid, rows, bridge);
    // With at least one row and one column a cycle always exists; never loop forever.
    if (path.length === 0) throw new Error("Suppression could not protect a hidden entry");
    for (const c of path) at(grid, c).hidden = true;
  }

  const show = (e: Entry | undefined): Suppressed =>
    e === undefined || e.hidden ? SUPPRESSED : e.value;
  const body = grid.slice(0, rows);
  return {
    cells: body.map((row) => row.slice(0, columns).map(show)),
    rowTotals: body.map((row) => show(row[columns])),
    columnTotals: (grid[rows] ?? []).slice(0, columns).map(show),
    grandTotal: show(grid[rows]?.[columns]),
  };
}
