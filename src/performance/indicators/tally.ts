/** Accumulates one indicator's numerator, denominator and exclusions, then builds the result. */
import { percentValue } from "./percent.ts";
import type { Exclusion, IndicatorResult } from "./types.ts";

export class Tally {
  readonly #numerator: string[] = [];
  readonly #denominator: string[] = [];
  readonly #excluded: Exclusion[];

  /** `excluded`: exclusions already known, e.g. records quarantined for invalid dates. */
  constructor(excluded: readonly Exclusion[] = []) {
    this.#excluded = excluded.slice();
  }

  /** A count indicator's member. */
  count(key: string): void {
    this.#numerator.push(key);
  }

  /** A percentage indicator's denominator member, in the numerator when `meets`. */
  add(key: string, meets: boolean): void {
    this.#denominator.push(key);
    if (meets) this.#numerator.push(key);
  }

  exclude(key: string, reason: string): void {
    this.#excluded.push({ key, reason });
  }

  countResult(id: string): IndicatorResult {
    return {
      id,
      numerator: this.#numerator.length,
      denominator: null,
      value: this.#numerator.length,
      numeratorKeys: this.#numerator,
      denominatorKeys: [],
      excluded: this.#excluded,
    };
  }

  percentResult(id: string): IndicatorResult {
    return {
      id,
      numerator: this.#numerator.length,
      denominator: this.#denominator.length,
      value: percentValue(this.#numerator.length, this.#denominator.length),
      numeratorKeys: this.#numerator,
      denominatorKeys: this.#denominator,
      excluded: this.#excluded,
    };
  }
}
