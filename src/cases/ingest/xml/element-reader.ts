/**
 * What the census readers (CIN, CSWW) share: the stack of open elements with their `[n]`
 * paths, skipping an unknown element with everything inside it, capped field text, and
 * turning findings into problems. A subclass supplies the format: what each element is,
 * and what to make of it when it closes. It knows nothing of bytes or the XML parser:
 * `streamXml` feeds it open/text/close events with line numbers and drains `queue`.
 */
import type { CaseRecord } from "../../model.ts";
import type { ProblemLog, Severity } from "../problems.ts";

/** Thrown after a fatal problem is recorded, to unwind out of the XML parser's callbacks. */
export class StopParsing extends Error {}

export interface ReaderOptions {
  file: string;
  problems: ProblemLog;
  maxRecords: number;
}

export interface FieldValue {
  text: string;
  line: number;
  path: string;
}

export interface Location {
  line: number;
  path: string;
  column: string;
}

export type Report = (severity: Severity, rule: string, message: string, at: Location) => void;

/** One open element being read (skipped elements get none). */
export interface ElementFrame<TRole extends string, TParent extends string> {
  role: TRole;
  name: string;
  path: string;
  line: number;
  /** The containing element's role; decides which draft a field belongs to. */
  parentRole: TParent;
  /** Occurrences so far of each child element name, for `[n]` in paths. */
  counts: Map<string, number> | null;
  text: string;
}

/** Longer values are wrong anyway; the cap stops one huge text node growing a record. */
const MAX_FIELD_CHARS = 1024;

/**
 * `TRole` is what an open element can be; the role `"field"` marks an element whose text is
 * a value. `TParent` is what a containing element can be.
 */
export abstract class ElementReader<
  TRecord extends CaseRecord,
  TRole extends string,
  TParent extends string,
> {
  /** Records completed so far, in document order, waiting to go to the sink. */
  readonly queue: TRecord[] = [];

  protected readonly frames: ElementFrame<TRole, TParent>[] = [];
  protected readonly options: ReaderOptions;
  protected readonly report: Report = (severity, rule, message, at) =>
    this.add(severity, rule, message, at.line, at.path, at.column);

  /** Open elements inside (and including) the one being skipped; 0 when not skipping. */
  private skipDepth = 0;

  constructor(options: ReaderOptions) {
    this.options = options;
  }

  open(name: string, line: number): void {
    if (this.skipDepth > 0) {
      this.skipDepth++;
      return;
    }
    this.openElement(name, line, this.frames.at(-1));
  }

  text(text: string, line: number): void {
    if (this.skipDepth > 0) return;
    const frame = this.frames.at(-1);
    if (frame === undefined) return;
    if (frame.role !== "field") {
      this.textBetweenElements(frame, text, line);
    } else if (frame.text.length < MAX_FIELD_CHARS) {
      frame.text += text.slice(0, MAX_FIELD_CHARS - frame.text.length);
    }
  }

  close(line: number): void {
    if (this.skipDepth > 0) {
      this.skipDepth--;
      return;
    }
    const frame = this.frames.pop();
    if (frame === undefined) return;
    this.closeElement(frame, line);
  }

  /** The path of the innermost element still open, for problems without a field. */
  get currentPath(): string | null {
    return this.frames.at(-1)?.path ?? null;
  }

  /** Records a fatal problem and unwinds: nothing after it in the file is read. */
  fatal(rule: string, message: string, line: number | null, path: string | null): never {
    this.recordFatal(rule, message, line, path);
    throw new StopParsing(rule);
  }

  /** For a fatal problem found outside the parser's callbacks, where there is nothing to unwind. */
  recordFatal(rule: string, message: string, line: number | null, path: string | null): void {
    const element = path?.slice(path.lastIndexOf("/") + 1).replace(/\[\d+\]$/, "") ?? null;
    this.add("error", rule, message, line, path, element);
  }

  /** An element starts inside `parent`: push a frame for it, or skip it. */
  protected abstract openElement(
    name: string,
    line: number,
    parent: ElementFrame<TRole, TParent> | undefined,
  ): void;

  /** Text directly inside an element that is not a field (layout, or hand-editing). */
  protected abstract textBetweenElements(
    frame: ElementFrame<TRole, TParent>,
    text: string,
    line: number,
  ): void;

  /** An element that had a frame has ended; `frame` is already off the stack. */
  protected abstract closeElement(frame: ElementFrame<TRole, TParent>, line: number): void;

  /** Elements that always carry a position in paths; others only from their second. */
  protected abstract isRepeatable(name: string): boolean;

  /** Skips the element just opened and everything inside it. */
  protected skipElement(): void {
    this.skipDepth = 1;
  }

  protected pathFor(parent: ElementFrame<TRole, TParent> | undefined, name: string): string {
    let n = 1;
    if (parent?.counts) {
      n = (parent.counts.get(name) ?? 0) + 1;
      parent.counts.set(name, n);
    }
    const position = this.isRepeatable(name) || n > 1 ? `[${n}]` : "";
    return `${parent?.path ?? ""}/${name}${position}`;
  }

  /** Starts reading an element whose path `pathFor` gave. */
  protected pushFrame(
    role: TRole,
    name: string,
    path: string,
    line: number,
    parentRole: TParent,
  ): void {
    this.frames.push({
      role,
      name,
      path,
      line,
      parentRole,
      counts: role === "field" ? null : new Map(),
      text: "",
    });
  }

  protected add(
    severity: Severity,
    rule: string,
    message: string,
    line: number | null,
    path: string | null,
    column: string | null,
  ): void {
    this.options.problems.add({
      file: this.options.file,
      row: null,
      line,
      path,
      column,
      rule,
      message,
      severity,
    });
  }
}
