/**
 * The fields collected for one CIN census element (a Child, a CINdetails, a Section47...)
 * and typed access to them that reports bad values where they were found.
 */
import type { IsoDate } from "../../model.ts";
import type { FieldValue, Location, Report } from "../xml/element-reader.ts";
import { type CinCodeList, isKnownCinCode } from "./cin-codes.ts";
import { cleanText, parseCinBoolean, parseCount, parseIsoDate } from "./cin-fields.ts";

export type { FieldValue, Location, Report };

export class ElementDraft {
  readonly fields = new Map<string, FieldValue>();
  readonly lists = new Map<string, FieldValue[]>();

  readonly line: number;
  readonly path: string;

  constructor(line: number, path: string) {
    this.line = line;
    this.path = path;
  }
}

/** Reads one draft; `noun` names the record in messages ("this referral"). */
export class DraftReader {
  private readonly draft: ElementDraft;
  private readonly noun: string;
  private readonly report: Report;

  constructor(draft: ElementDraft, noun: string, report: Report) {
    this.draft = draft;
    this.noun = noun;
    this.report = report;
  }

  text(name: string): string | null {
    const field = this.draft.fields.get(name);
    return field ? cleanText(field.text) : null;
  }

  /** A value the XSD requires but the record can live without: reported, stored as null. */
  required(name: string): string | null {
    const value = this.text(name);
    if (value === null) {
      this.report(
        "warning",
        "CIN_VALUE_MISSING",
        `This ${this.noun} has no ${name}; it is treated as not recorded.`,
        this.missingAt(name),
      );
    }
    return value;
  }

  code(name: string, list: CinCodeList, mandatory = false): string | null {
    const value = mandatory ? this.required(name) : this.text(name);
    if (value !== null && !isKnownCinCode(list, value)) this.unknownCode(name, value);
    return value;
  }

  codes(name: string, list: CinCodeList): string[] {
    const values: string[] = [];
    for (const field of this.draft.lists.get(name) ?? []) {
      const value = cleanText(field.text);
      if (value === null) continue;
      if (!isKnownCinCode(list, value)) this.unknownCode(name, value, field);
      values.push(value);
    }
    return values;
  }

  /** A date that identifies the record: without it the record cannot be loaded. */
  keyDate(name: string): IsoDate | null {
    const value = this.text(name);
    if (value === null) {
      this.report(
        "error",
        "CIN_MISSING_MANDATORY",
        `This ${this.noun} has no ${name}, so it was not loaded.`,
        this.missingAt(name),
      );
      return null;
    }
    const date = parseIsoDate(value);
    if (date === null) {
      this.invalidDate(name, value, `so this ${this.noun} was not loaded`, this.at(name));
    }
    return date;
  }

  date(name: string): IsoDate | null {
    const value = this.text(name);
    if (value === null) return null;
    const date = parseIsoDate(value);
    if (date === null) this.invalidDate(name, value, "it was left blank", this.at(name));
    return date;
  }

  /** Valid dates of a list field, de-duplicated and in order. */
  dates(name: string): IsoDate[] {
    const dates = new Set<IsoDate>();
    for (const field of this.draft.lists.get(name) ?? []) {
      const value = cleanText(field.text);
      if (value === null) continue;
      const date = parseIsoDate(value);
      if (date === null) this.invalidDate(name, value, "it was ignored", this.fieldAt(name, field));
      else dates.add(date);
    }
    return [...dates].sort();
  }

  boolean(name: string): boolean | null {
    const value = this.required(name);
    if (value === null) return null;
    const flag = parseCinBoolean(value);
    if (flag === null) {
      this.report(
        "warning",
        "CIN_BOOLEAN_UNRECOGNISED",
        `${name} ${shown(value)} is not one of true, false, 1 or 0; it is treated as not recorded.`,
        this.at(name),
      );
    }
    return flag;
  }

  count(name: string): number | null {
    const value = this.required(name);
    if (value === null) return null;
    const count = parseCount(value);
    if (count === null) {
      this.report(
        "warning",
        "CIN_NUMBER_INVALID",
        `${name} ${shown(value)} is not a whole number of 0 or more; it is treated as not recorded.`,
        this.at(name),
      );
    }
    return count;
  }

  /**
   * The record is kept: the indicator engine leaves it out of the duration that uses
   * these two dates and reports it, which it can only do if the record is loaded.
   */
  checkOrder(startName: string, start: IsoDate | null, endName: string, end: IsoDate | null) {
    if (start === null || end === null || end >= start) return;
    this.report(
      "warning",
      "CIN_END_BEFORE_START",
      `${endName} ${end} is before ${startName} ${start} on this ${this.noun}; it is left out of measures that time it.`,
      this.at(endName),
    );
  }

  at(name: string): Location {
    const field = this.draft.fields.get(name);
    return field ? this.fieldAt(name, field) : this.missingAt(name);
  }

  private fieldAt(name: string, field: FieldValue): Location {
    return { line: field.line, path: field.path, column: name };
  }

  private missingAt(name: string): Location {
    return { line: this.draft.line, path: this.draft.path, column: name };
  }

  private invalidDate(name: string, value: string, outcome: string, at: Location): void {
    this.report(
      "error",
      "CIN_DATE_INVALID",
      `${name} ${shown(value)} is not a valid date in the form YYYY-MM-DD, ${outcome}.`,
      at,
    );
  }

  private unknownCode(name: string, value: string, field?: FieldValue): void {
    this.report(
      "warning",
      "CIN_UNKNOWN_CODE",
      `${name} ${shown(value)} is not a code in the CIN census code list.`,
      field ? this.fieldAt(name, field) : this.at(name),
    );
  }
}

/** Quotes a supplied value for a message, cut short so a garbage field cannot flood the log. */
function shown(value: string): string {
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}...` : value);
}
