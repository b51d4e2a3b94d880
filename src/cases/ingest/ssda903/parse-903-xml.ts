import { SaxesParser } from "saxes";
import type { CaseRecord } from "../../model.ts";
import type { Severity } from "../problems.ts";
import { slicesOf } from "./byte-slices.ts";
import { DEFAULT_MAX_ROWS, MAX_XML_UNBROKEN_CHARS } from "./limits.ts";
import type { Ssda903ParseOptions } from "./parse-options.ts";
import { RULES, type RuleCode } from "./rules.ts";
import { childAssembler } from "./xml-child.ts";
import { createXmlWalker } from "./xml-walker.ts";

export type Ssda903XmlOptions = Ssda903ParseOptions;

export interface Ssda903XmlResult {
  /** CHILD elements read in full (whether or not they produced records). */
  children: number;
  /** Canonical records emitted to the sink. */
  records: number;
}

/**
 * Streams an SSDA903 XML return (EXPSSDA903, see `xsd/CLA.xsd`) into the same canonical
 * records as the CSV tables, validated by the same table specs; problems carry the line
 * and element path (row is null).
 *
 * Security: any DOCTYPE is refused before a single record is emitted, so no entity
 * (internal or external) is ever declared, let alone expanded; saxes itself never
 * fetches anything. Malformed XML stops the read at the fault. As for CSV, records
 * emitted before a fatal problem stay emitted; the loader discards the stage when
 * `problems.hasErrors`. Bad input never throws.
 */
export async function parseSsda903Xml(
  input: AsyncIterable<Buffer | string>,
  options: Ssda903XmlOptions,
): Promise<Ssda903XmlResult> {
  const { file, sink, problems } = options;
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const context = { collectionYear: options.collectionYear ?? null };

  const add = (
    line: number | null,
    path: string | null,
    column: string | null,
    rule: RuleCode,
    severity: Severity,
    message: string,
  ) => problems.add({ file, row: null, line, path, column, rule, message, severity });

  const parser = new SaxesParser();
  const decoder = new TextDecoder("utf-8");
  const ready: CaseRecord[] = [];
  let records = 0;
  let stopped = false;
  let tagLine = 1;
  let lastEventAt = 0;

  const fatal = (line: number | null, path: string | null, rule: RuleCode, message: string) => {
    if (stopped) return;
    stopped = true;
    add(line, path, null, rule, "error", message);
  };

  const walker = createXmlWalker({
    maxRows,
    fatal,
    rows: childAssembler(
      context,
      (at, column, rule, severity, message) =>
        add(at.line, at.path, column, rule, severity, message),
      (record) => ready.push(record),
    ),
  });

  parser.on("error", (error) => {
    // saxes would carry on after a well-formedness error; we stop at the first one.
    fatal(
      parser.line,
      walker.currentPath(),
      RULES.xmlMalformed,
      `The file is not well-formed XML: ${stripPosition(error.message)}`,
    );
  });
  parser.on("doctype", () => {
    fatal(
      parser.line,
      null,
      RULES.xmlDoctypeForbidden,
      "The file contains a DOCTYPE declaration. SSDA903 returns never need one and it can be used to attack the server, so the file was refused. Export the return again without it.",
    );
  });
  parser.on("opentagstart", () => {
    tagLine = parser.line;
  });
  // Any completed construct counts as progress for the unbroken-text bound below.
  parser.on("comment", () => {
    lastEventAt = parser.position;
  });
  parser.on("processinginstruction", () => {
    lastEventAt = parser.position;
  });
  parser.on("opentag", (tag) => {
    lastEventAt = parser.position;
    settleClose();
    if (!stopped) walker.open(localName(tag.name), tagLine);
  });
  // saxes reports a close tag before checking it matches: on `<EPISODE></CHILD>` it
  // closes EPISODE, then fails. So a close is acted on only once the next event shows
  // no failure followed it; otherwise a half-written row would be validated and loaded.
  let closePending = false;
  parser.on("closetag", () => {
    lastEventAt = parser.position;
    settleClose();
    closePending = true;
  });
  function settleClose() {
    if (!closePending) return;
    closePending = false;
    if (!stopped) walker.close();
  }
  const onText = (text: string) => {
    lastEventAt = parser.position;
    settleClose();
    if (!stopped) walker.text(text);
  };
  parser.on("text", onText);
  parser.on("cdata", onText);

  const drain = async () => {
    // Records completed before a fatal problem are as sound as they would have been had
    // the input arrived in smaller chunks, so they go out either way.
    const batch = ready.splice(0, ready.length);
    for (const record of batch) {
      await sink.add(record);
      records++;
    }
  };

  function write(text: string) {
    if (stopped || text === "") return;
    parser.write(text);
    settleClose();
    // saxes buffers text (and comments, DOCTYPEs...) until the construct ends; bound it.
    if (!stopped && parser.position - lastEventAt > MAX_XML_UNBROKEN_CHARS) {
      fatal(
        parser.line,
        walker.currentPath(),
        RULES.xmlMalformed,
        `More than ${MAX_XML_UNBROKEN_CHARS.toLocaleString("en-GB")} characters without a tag: this is not an SSDA903 return. The rest of the file was not read.`,
      );
    }
  }

  reading: for await (const chunk of input) {
    for (const slice of slicesOf(chunk)) {
      write(decoder.decode(slice, { stream: true }));
      await drain();
      if (stopped) break reading;
    }
  }
  if (!stopped) {
    write(decoder.decode());
    if (!stopped) parser.close();
    await drain();
  }
  return { children: walker.children, records };
}

/** Element name without a namespace prefix: the return has none, but tolerate one. */
function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon === -1 ? name : name.slice(colon + 1);
}

/** saxes prefixes "line:column: "; the problem carries the line already. */
function stripPosition(message: string): string {
  const text = message.replace(/^\d+:\d+: /, "");
  return text.endsWith(".") ? text : `${text}.`;
}
