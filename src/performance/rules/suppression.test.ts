import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type SuppressedTable,
  suppressCount,
  suppressPercent,
  suppressTable,
  type TableInput,
} from "./suppression.ts";

const c = "c";

describe("suppressCount", () => {
  it.each([
    [0, 0], // zero identifies nobody
    [1, c],
    [3, c],
    [5, c],
    [6, 6],
    [1204, 1204],
  ])("%i -> %s", (n, expected) => {
    expect(suppressCount(n)).toBe(expected);
  });

  it("refuses what is not a count", () => {
    expect(() => suppressCount(-1)).toThrow(RangeError);
    expect(() => suppressCount(2.5)).toThrow(RangeError);
  });
});

describe("suppressPercent", () => {
  it.each([
    [3, 40, c], // numerator 1-5
    [37, 40, c], // 40 - 37 = 3 were not: just as identifying
    [35, 40, c], // complement 5
    [34, 40, 85], // complement 6: shown, 100 * 34 / 40 = 85.0
    [10, 40, 25],
    [0, 40, 0], // 0 of 40: complement 40, nothing small
    [0, 3, c], // 0 of 3: the 3 who were not is small
    [13, 16, c], // complement 3
    [13, 26, 50],
    [0, 0, null], // no data stays no data
  ])("%i of %i -> %s", (n, d, expected) => {
    expect(suppressPercent(n, d)).toBe(expected);
  });

  it("rounds what it shows like the engine (half up)", () => {
    // 100 * 13 / 16 = 81.25 -> 81.3 ... but complement 3 hides it; 130 / 160 = 81.25 shows
    expect(suppressPercent(130, 160)).toBe(81.3);
  });

  it("refuses impossible fractions", () => {
    expect(() => suppressPercent(5, 4)).toThrow(RangeError);
    expect(() => suppressPercent(-1, 4)).toThrow(RangeError);
  });
});

describe("suppressTable: hand-worked", () => {
  it("the usual 2 x 3 case: the 3 takes three more cells with it", () => {
    //          A   B   C | total
    // row 1    3  10  12 |  25     3 is primary. Row 1 has one hidden: the next smallest is
    // row 2    8   9  15 |  32     10 (B). Column A has one: 8. Column B has 10: next is 9.
    // total   11  19  27 |  57     Row 2 now has 8 and 9. All four form a rectangle.
    expect(
      suppressTable({
        cells: [
          [3, 10, 12],
          [8, 9, 15],
        ],
      }),
    ).toEqual({
      cells: [
        [c, c, 12],
        [c, c, 15],
      ],
      rowTotals: [25, 32],
      columnTotals: [11, 19, 27],
      grandTotal: 57,
    });
  });

  it("zero is not suppressed and not used while a non-zero cell will do", () => {
    // row 1: 2 0 9 | 11 -> 2 primary; next smallest non-zero is 9, not the 0
    // column A: 2, 7 -> 7; column C: 9, 8 -> 8; row 2 then has 7 and 8
    expect(
      suppressTable({
        cells: [
          [2, 0, 9],
          [7, 0, 8],
        ],
      }).cells,
    ).toEqual([
      [c, 0, c],
      [c, 0, c],
    ]);
  });

  it("a small total is itself suppressed", () => {
    // 1 x 1 table: cell, row total, column total and grand total are all 3
    expect(suppressTable({ cells: [[3]] })).toEqual({
      cells: [[c]],
      rowTotals: [c],
      columnTotals: [c],
      grandTotal: c,
    });
    // row 1: 1 0 2 | 3: cells and total all 1-5. Column A: 1, 20 | 21 -> hide 20.
    // Column C: 2, 30 | 32 -> hide 30. The totals column: 3, 90 | 93 gives 3 = 93 - 90,
    // so hide 90 too. Row 2 (20, 40, 30 | 90) then has three hidden.
    expect(
      suppressTable({
        cells: [
          [1, 0, 2],
          [20, 40, 30],
        ],
      }),
    ).toEqual({
      cells: [
        [c, 0, c],
        [c, 40, c],
      ],
      rowTotals: [c, c],
      columnTotals: [21, 40, 32],
      grandTotal: 93,
    });
  });

  it("a one-column table: the row total is the cell, so it goes too", () => {
    // cells 3 10 12, column total 25. 3 (and its row total 3) primary. Column A has one
    // hidden cell plus the shown total: hide 10. Row 2 is 10 | 10: hide its total. The
    // totals column (3, 10, 12 | 25) now has two hidden.
    expect(suppressTable({ cells: [[3], [10], [12]] })).toEqual({
      cells: [[c], [c], [12]],
      rowTotals: [c, c, 12],
      columnTotals: [25],
      grandTotal: 25,
    });
  });

  it("two hidden 1s in a line with a shown total give each other away: one more goes", () => {
    // row 1: 1 1 10 | 12 -> 12 - 10 = 2 = c + c, and a hidden count is at least 1, so both
    // are 1. Hide the 10 as well. Columns then pair with row 2's smallest cells.
    const out = suppressTable({
      cells: [
        [1, 1, 10],
        [20, 30, 40],
      ],
    });
    expect(out.cells[0]).toEqual([c, c, c]);
    expect(out.rowTotals[0]).toBe(12);
  });

  it("closes a cycle where each line has two hidden cells but one can still be solved", () => {
    // Two blocks of small cells joined by the 1 at row 2, column C:
    //   2  3 40 41 | 86      Every line has 2+ hidden, yet adding rows 1-2 and subtracting
    //   4  5  1 42 | 52      columns A-B isolates the 1 (a bridge between the blocks).
    //  43 44  2  3 | 92      The cheapest shown cell joining the blocks is the 6 at row 4,
    //   6 45  4  5 | 60      column A: hiding it puts the 1 on a cycle.
    //  55 97 47 91 | 290
    const out = suppressTable({
      cells: [
        [2, 3, 40, 41],
        [4, 5, 1, 42],
        [43, 44, 2, 3],
        [6, 45, 4, 5],
      ],
    });
    expect(out.cells).toEqual([
      [c, c, 40, 41],
      [c, c, c, 42],
      [43, 44, c, c],
      [c, 45, c, c],
    ]);
    expect(out.rowTotals).toEqual([86, 52, 92, 60]);
    expect(determined(input4x4(), out)).toEqual([]);
  });

  it("given totals are kept as given (they may count distinct children)", () => {
    const out = suppressTable({
      cells: [
        [3, 10],
        [8, 9],
      ],
      rowTotals: [12, 15],
      columnTotals: [10, 18],
      grandTotal: 25,
    });
    expect(out.rowTotals).toEqual([12, 15]);
    expect(out.grandTotal).toBe(25);
  });

  it("a table without small numbers is unchanged", () => {
    const cells = [
      [0, 6, 7],
      [8, 0, 40],
    ];
    expect(suppressTable({ cells }).cells).toEqual(cells);
  });

  it("empty tables and bad shapes", () => {
    expect(suppressTable({ cells: [] })).toEqual({
      cells: [],
      rowTotals: [],
      columnTotals: [],
      grandTotal: 0,
    });
    expect(() => suppressTable({ cells: [], grandTotal: 3 })).toThrow(RangeError);
    expect(() => suppressTable({ cells: [[1, 2], [3]] })).toThrow(RangeError);
    expect(() => suppressTable({ cells: [[1]], rowTotals: [1, 2] })).toThrow(RangeError);
    expect(() => suppressTable({ cells: [[-1]] })).toThrow(RangeError);
  });
});

function input4x4(): TableInput {
  return {
    cells: [
      [2, 3, 40, 41],
      [4, 5, 1, 42],
      [43, 44, 2, 3],
      [6, 45, 4, 5],
    ],
  };
}

/**
 * An independent check, by linear algebra rather than graphs: the hidden entries that a
 * reader could solve for from the shown entries and the totals. Every row and column of
 * the grid (totals included) is an equation; the hidden entries are the unknowns. An
 * unknown is determined exactly when the reduced row echelon form has a row with that
 * unknown alone.
 */
function determined(input: TableInput, out: SuppressedTable): string[] {
  const rows = input.cells.length;
  const columns = input.cells[0]?.length ?? 0;
  const hidden = [
    ...out.cells.map((row, i) => [...row, out.rowTotals[i]]),
    [...out.columnTotals, out.grandTotal],
  ].map((row) => row.map((v) => v === c));
  const unknowns: [number, number][] = [];
  hidden.forEach((row, i) => {
    row.forEach((h, j) => {
      if (h) unknowns.push([i, j]);
    });
  });
  const index = new Map(unknowns.map(([i, j], k) => [`${i},${j}`, k]));
  const equations: number[][] = [];
  // rows (totals row included): the cells minus the total; then columns the same way
  for (let i = 0; i <= rows; i++) {
    const eq = new Array<number>(unknowns.length).fill(0);
    for (let j = 0; j <= columns; j++) {
      const k = index.get(`${i},${j}`);
      if (k !== undefined) eq[k] = j === columns ? -1 : 1;
    }
    equations.push(eq);
  }
  for (let j = 0; j <= columns; j++) {
    const eq = new Array<number>(unknowns.length).fill(0);
    for (let i = 0; i <= rows; i++) {
      const k = index.get(`${i},${j}`);
      if (k !== undefined) eq[k] = i === rows ? -1 : 1;
    }
    equations.push(eq);
  }
  // Gauss-Jordan with partial pivoting; the matrix is small and of 0/1/-1 entries
  let r = 0;
  const pivotRow = new Map<number, number[]>();
  for (let col = 0; col < unknowns.length && r < equations.length; col++) {
    let best = r;
    for (let k = r + 1; k < equations.length; k++) {
      if (Math.abs(equations[k]?.[col] ?? 0) > Math.abs(equations[best]?.[col] ?? 0)) best = k;
    }
    const p = equations[best];
    if (p === undefined || Math.abs(p[col] ?? 0) < 1e-9) continue;
    [equations[r], equations[best]] = [p, equations[r] ?? p];
    const pivot = p[col] ?? 1;
    for (let k = 0; k < p.length; k++) p[k] = (p[k] ?? 0) / pivot;
    for (const other of equations) {
      if (other === p) continue;
      const f = other[col] ?? 0;
      if (f !== 0) for (let k = 0; k < p.length; k++) other[k] = (other[k] ?? 0) - f * (p[k] ?? 0);
    }
    pivotRow.set(col, p);
    r++;
  }
  return unknowns
    .filter((_, col) => {
      const row = pivotRow.get(col);
      return row?.every((v, k) => k === col || Math.abs(v) < 1e-9) ?? false;
    })
    .map(([i, j]) => `${i},${j}`);
}

describe("the independent check itself", () => {
  it("finds the lone hidden cell of a row, and the bridge between two blocks", () => {
    const lone: SuppressedTable = {
      cells: [[c, 10]],
      rowTotals: [13],
      columnTotals: [3, 10],
      grandTotal: 13,
    };
    expect(determined({ cells: [[3, 10]] }, lone)).toEqual(["0,0"]);
    // the 4 x 4 case with primary suppression only: every line has two, the 1 is a bridge
    const primaryOnly: SuppressedTable = {
      cells: [
        [c, c, 40, 41],
        [c, c, c, 42],
        [43, 44, c, c],
        [6, 45, c, c],
      ],
      rowTotals: [86, 52, 92, 60],
      columnTotals: [55, 97, 47, 91],
      grandTotal: 290,
    };
    expect(determined(input4x4(), primaryOnly)).toEqual(["1,2"]);
  });
});

describe("suppressTable properties (10,000 random tables)", () => {
  const table = fc
    .tuple(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 8 }))
    .chain(([rows, columns]) =>
      fc.array(
        fc.array(fc.integer({ min: 0, max: 40 }), { minLength: columns, maxLength: columns }),
        {
          minLength: rows,
          maxLength: rows,
        },
      ),
    );

  it("no hidden value can be recovered; every 1-5 is hidden; shown values are unchanged", () => {
    fc.assert(
      fc.property(table, (cells) => {
        const out = suppressTable({ cells });
        const rowTotals = cells.map((row) => row.reduce((a, b) => a + b, 0));
        const columnTotals = (cells[0] ?? []).map((_, j) =>
          cells.reduce((s, row) => s + (row[j] ?? 0), 0),
        );
        const grandTotal = rowTotals.reduce((a, b) => a + b, 0);
        const small = (n: number) => n >= 1 && n <= 5;
        // collected rather than asserted one by one: 10,000 tables x 100 entries of expect()
        // would take most of the run
        const problems: string[] = [];
        const check = (ok: boolean, what: string) => {
          if (!ok) problems.push(what);
        };

        // every count 1-5 is hidden, cells and totals; everything shown is the input
        const pairs: [string, number, unknown][] = [
          ...cells.flatMap((row, i) =>
            row.map(
              (n, j) => [`cell ${i},${j}`, n, out.cells[i]?.[j]] as [string, number, unknown],
            ),
          ),
          ...rowTotals.map(
            (n, i) => [`row total ${i}`, n, out.rowTotals[i]] as [string, number, unknown],
          ),
          ...columnTotals.map(
            (n, j) => [`column total ${j}`, n, out.columnTotals[j]] as [string, number, unknown],
          ),
          ["grand total", grandTotal, out.grandTotal],
        ];
        for (const [what, n, shown] of pairs) {
          check(small(n) ? shown === c : shown === c || shown === n, what);
        }

        // the brief's rule: a row or column with a hidden cell has a second, or a hidden total
        out.cells.forEach((row, i) => {
          const k = row.filter((v) => v === c).length;
          check(k === 0 || k >= 2 || out.rowTotals[i] === c, `row ${i}`);
        });
        columnTotals.forEach((_, j) => {
          const k = out.cells.filter((row) => row[j] === c).length;
          check(k === 0 || k >= 2 || out.columnTotals[j] === c, `column ${j}`);
        });
        for (const [what, line] of [
          ["row totals", out.rowTotals],
          ["column totals", out.columnTotals],
        ] as const) {
          const k = line.filter((v) => v === c).length;
          check(k === 0 || k >= 2 || out.grandTotal === c, what);
        }
        expect(problems).toEqual([]);

        // and the stronger one: no combination of rows and columns solves a hidden entry
        expect(determined({ cells }, out)).toEqual([]);
      }),
      { numRuns: 10_000 },
    );
  });

  it("is deterministic and idempotent on what it shows", () => {
    fc.assert(
      fc.property(table, (cells) => {
        const once = suppressTable({ cells });
        expect(suppressTable({ cells })).toEqual(once);
      }),
      { numRuns: 500 },
    );
  });
});
