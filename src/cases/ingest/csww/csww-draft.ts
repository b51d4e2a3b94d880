/**
 * The fields collected for one CSWW element (the header, or one CSWWWorker) and typed
 * access to them that reports a bad value where it was found.
 */
import type { IsoDate } from "../../model.ts";
import { cleanText, parseIsoDate } from "../cin/cin-fields.ts";
import type { FieldValue, Location, Report } from "../xml/element-reader.ts";

export type { FieldValue, Location, Report };

export class ElementDraft {
  readonly fields = new Map<string, FieldValue>();

  readonly line: number;
  readonly path: string;

  constructor(line: number, path: string) {
    this.line = line;
    this.path = path;
  }
}

export class DraftReader {
  readonly report: Report;
  private readonly draft: ElementDraft;

  constructor(draft: ElementDraft, report: Report) {
    this.draft = draft;
    this.report = report;
  }

  /** Trimmed text, or null when the element is absent or empty. */
  text(name: string): string | null {
    const field = this.draft.fields.get(name);
    return field ? cleanText(field.text) : null;
  }

  /** A date that is optional: a bad one is an error and the date is left blank. */
  date(name: string): IsoDate | null {
    const value = this.text(name);
    if (value === null) return null;
    const date = parseIsoDate(value);
    if (date === null) {
      this.report(
        "error",
        "CSWW_DATE_INVALID",
        `${name} ${shown(value)} is not a valid date in the form YYYY-MM-DD, so it was left blank.`,
        this.at(name),
      );
    }
    return date;
  }

  /** Where a field was found, or the element itself when the field is missing. */
  at(name: string): Location {
    const field = this.draft.fields.get(name);
    return field
      ? { line: field.line, path: field.path, column: name }
      : { line: this.draft.line, path: this.draft.path, column: name };
  }
}

/** Quotes a supplied value for a message, cut short so a garbage field cannot flood the log. */
export function shown(value: string): string {
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}...` : value);
}
