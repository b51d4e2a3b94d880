/**
 * Turns the element events of a CSWW census message into staff records and problems. It
 * knows nothing of bytes or the XML parser: the caller feeds it open/text/close events
 * with line numbers and drains `queue` after each batch. Memory is bounded by one worker
 * (plus the SWENos seen, to spot a worker given twice).
 */
import type { CaseRecord } from "../../model.ts";
import { type ElementFrame, ElementReader } from "../xml/element-reader.ts";
import { ElementDraft, shown } from "./csww-draft.ts";
import { headerCollection, isCswwCollection, readHeaderMeta } from "./csww-header.ts";
import {
  type ContainerRole,
  isCensusElement,
  isCswwBodyElement,
  isRepeatable,
  type Role,
  roleOf,
} from "./csww-structure.ts";
import { readWorker } from "./csww-worker.ts";

export interface CswwMeta {
  collectionYear: number | null;
  /** The header's ReferenceDate, or 30 September of its Year when it has none. */
  referenceDate: string | null;
  lea: string | null;
  /** CSWWWorker elements read, including any whose records were rejected. */
  workers: number;
}

type FrameRole = Exclude<Role, "skip">;
type Frame = ElementFrame<FrameRole, ContainerRole>;

const NOT_CSWW = "so it is not a children's social work workforce census return";

/** `queue` holds the staff records of completed workers. */
export class CswwReader extends ElementReader<CaseRecord, FrameRole, ContainerRole> {
  readonly meta: CswwMeta = { collectionYear: null, referenceDate: null, lea: null, workers: 0 };

  private emitted = 0;
  /** Set once the header names CSWW or a CSWW body element appears. */
  private identified = false;
  private headerRead = false;
  private header: ElementDraft | null = null;
  private worker: ElementDraft | null = null;
  private readonly seenIds = new Map<string, number>();

  protected openElement(name: string, line: number, parent: Frame | undefined): void {
    if (parent === undefined && name !== "Message") {
      this.fatal(
        "CSWW_NOT_A_CENSUS",
        `The file's root element is ${shown(name)}, not Message, ${NOT_CSWW}.`,
        line,
        `/${name}`,
      );
    }
    const parentRole = parent === undefined ? "document" : parent.role;
    if (parentRole === "field") {
      // Markup inside a value: the value is its own text; the markup is skipped.
      this.skipElement();
      return;
    }
    if (parentRole === "message" && name !== "Header") this.identifyBy(name, line);
    const role = roleOf(parentRole, name);
    if (role === null || role === "skip") {
      // Unknown elements are extensions and skipped quietly; a census element in the wrong
      // place would lose data quietly, so it is reported.
      if (role === null && parent !== undefined && isCensusElement(name)) {
        this.add(
          "warning",
          "CSWW_ELEMENT_MISPLACED",
          `${name} is not expected inside ${parent.name}; it and everything in it were skipped.`,
          line,
          `${parent.path}/${name}`,
          name,
        );
      }
      this.skipElement();
      return;
    }
    const path = this.pathFor(parent, name);
    if (role === "worker") this.worker = new ElementDraft(line, path);
    else if (role === "header") this.header ??= new ElementDraft(line, path);
    this.pushFrame(role, name, path, line, parentRole);
  }

  protected textBetweenElements(): void {
    // Text between elements is layout (or hand-editing) and carries nothing the model uses.
  }

  protected closeElement(frame: Frame): void {
    switch (frame.role) {
      case "field":
        this.acceptField(frame);
        break;
      case "header":
        this.finishHeader();
        break;
      case "worker":
        this.finishWorker(frame);
        break;
      case "message":
        if (!this.identified) {
          this.fatal(
            "CSWW_NOT_A_CENSUS",
            `The file has no Header/CollectionDetails/Collection of CSWW and no CSWWWorker, ${NOT_CSWW}.`,
            frame.line,
            frame.path,
          );
        }
        break;
    }
  }

  protected isRepeatable(name: string): boolean {
    return isRepeatable(name);
  }

  /**
   * The XSD makes Header optional, so a file is also a workforce census when its first
   * element after the header is a CSWW one. Anything else there (a CIN census's Children,
   * say) settles that it is not.
   */
  private identifyBy(name: string, line: number): void {
    if (this.identified) return;
    if (isCswwBodyElement(name)) {
      this.identified = true;
      return;
    }
    this.fatal(
      "CSWW_NOT_A_CENSUS",
      `The file has no Header/CollectionDetails/Collection of CSWW and its first element after the header is ${shown(name)}, ${NOT_CSWW}.`,
      line,
      `/Message/${name}`,
    );
  }

  private acceptField(frame: Frame): void {
    const draft = frame.parentRole === "worker" ? this.worker : this.header;
    if (draft === null) return;
    const value = { text: frame.text, line: frame.line, path: frame.path };
    if (!draft.fields.has(frame.name)) {
      draft.fields.set(frame.name, value);
    } else if (draft !== this.header) {
      // A header may have several Source blocks; the first LEA is the return's own.
      this.add(
        "warning",
        "CSWW_DUPLICATE_ELEMENT",
        `${frame.name} appears more than once in this worker; the first value is used.`,
        frame.line,
        frame.path,
        frame.name,
      );
    }
  }

  private finishHeader(): void {
    // A second Header adds nothing: its fields were set aside as duplicates of the first's.
    const header = this.header;
    if (this.headerRead || header === null) return;
    this.headerRead = true;
    const collection = headerCollection(header);
    if (collection !== null && !isCswwCollection(collection)) {
      const at = header.fields.get("Collection");
      this.fatal(
        "CSWW_NOT_A_CENSUS",
        `Header/CollectionDetails/Collection is ${shown(collection)}, not CSWW, ${NOT_CSWW}.`,
        at?.line ?? header.line,
        at?.path ?? header.path,
      );
    }
    if (collection !== null) this.identified = true;
    Object.assign(this.meta, readHeaderMeta(header, this.report));
  }

  private finishWorker(frame: Frame): void {
    this.meta.workers++;
    const draft = this.worker;
    this.worker = null;
    if (draft === null) return;
    const record = readWorker(draft, {
      report: this.report,
      referenceDate: this.meta.referenceDate,
      seenIds: this.seenIds,
    });
    if (record === null) return;
    if (this.emitted >= this.options.maxRecords) {
      this.fatal(
        "INPUT_TOO_MANY_RECORDS",
        `The file has more than ${this.options.maxRecords} records, the most one import may hold; split it or raise the limit.`,
        frame.line,
        frame.path,
      );
    }
    this.emitted++;
    this.queue.push({ type: "staff", record });
  }
}
