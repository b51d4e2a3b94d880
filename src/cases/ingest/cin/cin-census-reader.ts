/**
 * Turns the element events of a CIN census message into canonical records and problems.
 * It knows nothing of bytes or the XML parser: the caller feeds it open/text/close events
 * with line numbers and drains `queue` after each batch. Memory is bounded by one Child.
 */
import type { ChildLevelRecord } from "../../model.ts";
import { type ElementFrame, ElementReader } from "../xml/element-reader.ts";
import { ChildAssembler } from "./cin-child-assembler.ts";
import { parseYear } from "./cin-fields.ts";
import {
  type ContainerRole,
  isCensusElement,
  isListField,
  isRepeatable,
  type Role,
  roleOf,
} from "./cin-structure.ts";
import { DraftReader, ElementDraft, type FieldValue } from "./element-draft.ts";

export interface CinCensusMeta {
  collectionYear: number | null;
  referenceDate: string | null;
  lea: string | null;
  /** Child elements read, including any whose records were rejected. */
  childCount: number;
}

type Frame = ElementFrame<Role, ContainerRole>;

/** `queue` holds the records of completed children. */
export class CinCensusReader extends ElementReader<ChildLevelRecord, Role, ContainerRole> {
  readonly meta: CinCensusMeta = {
    collectionYear: null,
    referenceDate: null,
    lea: null,
    childCount: 0,
  };

  private queuedTotal = 0;
  private headerChecked = false;
  private readonly header = new ElementDraft(1, "/Message/Header");
  private child: ChildAssembler | null = null;

  protected openElement(name: string, line: number, parent: Frame | undefined): void {
    const parentRole: ContainerRole | null =
      parent === undefined
        ? "document"
        : parent.role === "field" || parent.role === "skip"
          ? null
          : parent.role;
    const role = parentRole === null ? null : roleOf(parentRole, name);
    if (role === null || parentRole === null) {
      if (parent === undefined) {
        this.fatal(
          "CIN_NOT_A_CIN_CENSUS",
          `The file's root element is ${name}, not Message, so it is not a CIN census return.`,
          line,
          `/${name}`,
        );
      }
      // Unknown elements are extensions and skipped quietly; a census element in the wrong
      // place would lose data quietly, so it is reported.
      if (isCensusElement(name) && parent.role !== "field") {
        this.add(
          "warning",
          "CIN_ELEMENT_MISPLACED",
          `${name} is not expected inside ${parent.name}; it and everything in it were skipped.`,
          line,
          `${parent.path}/${name}`,
          name,
        );
      }
      this.skipElement();
      return;
    }
    if (role === "skip") {
      this.skipElement();
      return;
    }
    const path = this.pathFor(parent, name);
    if (role === "children" && !this.headerChecked) this.checkHeader(line, path);
    else if (role === "child") this.child = new ChildAssembler(line, path, this.report);
    else if (role === "cinDetails") this.child?.openReferral(line, path);
    else if (
      role === "assessment" ||
      role === "cinPlan" ||
      role === "section47" ||
      role === "cpPlan"
    ) {
      this.child?.openNested(line, path);
    }
    this.pushFrame(role, name, path, line, parentRole);
  }

  protected textBetweenElements(frame: Frame, text: string, line: number): void {
    const start = text.search(/\S/);
    if (start < 0) return;
    // saxes reports text when it ends; step back to the line where the stray text begins.
    const linesAfter = text.slice(start).split("\n").length - 1;
    const shown = text.trim().slice(0, 40);
    this.add(
      "warning",
      "CIN_UNEXPECTED_TEXT",
      `Stray text "${shown}" between the elements of ${frame.name} was ignored; the file may have been edited by hand.`,
      Math.max(frame.line, line - linesAfter),
      frame.path,
      frame.name,
    );
  }

  protected closeElement(frame: Frame, line: number): void {
    switch (frame.role) {
      case "field":
        this.acceptField(frame);
        break;
      case "header":
        this.checkHeader(line, frame.path);
        break;
      case "message":
        if (!this.headerChecked) this.checkHeader(frame.line, frame.path);
        break;
      case "child":
        this.finishChild(frame);
        break;
      case "cinDetails":
        this.child?.closeReferral();
        break;
      case "assessment":
      case "cinPlan":
      case "section47":
      case "cpPlan":
        this.child?.closeNested(frame.role);
        break;
    }
  }

  protected isRepeatable(name: string): boolean {
    return isRepeatable(name);
  }

  private acceptField(frame: Frame): void {
    const draft = this.draftFor(frame.parentRole);
    if (draft === null) return;
    const value: FieldValue = { text: frame.text, line: frame.line, path: frame.path };
    if (isListField(frame.name)) {
      const list = draft.lists.get(frame.name);
      if (list) list.push(value);
      else draft.lists.set(frame.name, [value]);
    } else if (!draft.fields.has(frame.name)) {
      draft.fields.set(frame.name, value);
    } else if (draft !== this.header) {
      // A header may have several Source blocks; the first LEA is the return's own.
      this.add(
        "warning",
        "CIN_DUPLICATE_ELEMENT",
        `${frame.name} appears more than once here; the first value is used.`,
        frame.line,
        frame.path,
        frame.name,
      );
    }
  }

  private draftFor(role: ContainerRole): ElementDraft | null {
    switch (role) {
      case "collectionDetails":
      case "source":
        return this.header;
      case "childIdentifiers":
      case "childCharacteristics":
      case "disabilities":
        return this.child?.draft ?? null;
      case "cinDetails":
        return this.child?.referralDraft ?? null;
      default:
        return this.child?.nestedDraft ?? null;
    }
  }

  private checkHeader(line: number, path: string): void {
    this.headerChecked = true;
    const read = new DraftReader(this.header, "header", this.report);
    const collection = read.text("Collection");
    if (collection?.toUpperCase() !== "CIN") {
      const at = this.header.fields.get("Collection");
      this.fatal(
        "CIN_NOT_A_CIN_CENSUS",
        collection === null
          ? "The file has no Header/CollectionDetails/Collection of CIN, so it is not a CIN census return."
          : `Header/CollectionDetails/Collection is ${JSON.stringify(collection.slice(0, 40))}, not CIN, so this is not a CIN census return.`,
        at?.line ?? line,
        at?.path ?? path,
      );
    }
    const year = read.text("Year");
    this.meta.collectionYear = year === null ? null : parseYear(year);
    if (year !== null && this.meta.collectionYear === null) {
      this.report(
        "warning",
        "CIN_NUMBER_INVALID",
        `Year ${JSON.stringify(year.slice(0, 40))} is not a four-digit year; the collection year is not known.`,
        read.at("Year"),
      );
    }
    this.meta.referenceDate = read.date("ReferenceDate");
    this.meta.lea = read.text("LEA");
  }

  private finishChild(frame: Frame): void {
    this.meta.childCount++;
    const records = this.child?.finish() ?? null;
    this.child = null;
    if (records === null) return;
    if (this.queuedTotal + records.length > this.options.maxRecords) {
      this.fatal(
        "INPUT_TOO_MANY_RECORDS",
        `The file has more than ${this.options.maxRecords} records, the most one import may hold; split it or raise the limit.`,
        frame.line,
        frame.path,
      );
    }
    this.queuedTotal += records.length;
    for (const record of records) this.queue.push(record);
  }
}
