/**
 * Imports one extract file all-or-nothing:
 *   1. hash the file; the same content already loaded is a no-op ("unchanged");
 *   2. record the run (committed at once, so even a crash leaves a trace);
 *   3. in one transaction, stream-parse into the run's provisional slot, then, if no
 *      error-severity problem was found, swap into the extract's slot; otherwise roll back,
 *      so a rejected file changes nothing;
 *   4. record the outcome and every problem.
 */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { open, stat } from "node:fs/promises";
import { basename } from "node:path";
import { audit } from "../../platform/audit/service.ts";
import type { Database } from "../../platform/db/database.ts";
import type { RequestContext } from "../../platform/http/context.ts";
import { parseAnnexACsv, parseAnnexAXlsx } from "./annex-a/index.ts";
import { parseCanonicalCsv } from "./canonical/index.ts";
import { parseCinCensusXml } from "./cin/parse-cin-census.ts";
import { parseCswwXml } from "./csww/parse-csww.ts";
import { detectFormat, type ExtractFormat } from "./detect-format.ts";
import * as runs from "./import-repo.ts";
import { type Problem, ProblemLog } from "./problems.ts";
import { RecordWriter, refreshChildren, swapIntoSlot } from "./record-writer.ts";
import { parseSsda903Csv, parseSsda903Xml } from "./ssda903/index.ts";

export type ImportStatus = "loaded" | "rejected" | "unchanged" | "failed";

export interface ImportResult {
  runId: number;
  fileName: string;
  status: ImportStatus;
  format: ExtractFormat | null;
  sourceKey: string | null;
  referenceDate: string | null;
  counts: Record<string, number>;
  errorCount: number;
  warningCount: number;
  problems: Problem[];
  message: string;
}

export interface ImportOptions {
  /** the name shown to users and in problems (an upload's original name, or the path's base name). */
  fileName?: string;
  onProgress?: (bytesRead: number, totalBytes: number) => void;
  /**
   * SSDA903 collection year, named by the 31 March it ends on (2012 = April 2011 to March
   * 2012). SSDA903 files do not say which year they are; without this it is inferred from
   * the latest date in the file.
   */
  collectionYear?: number;
}

class RejectFile extends Error {}

async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

async function readHead(path: string, bytes = 8192): Promise<Buffer> {
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** The 31 March that ends the collection year containing `date`. */
export function collectionYearEnd(date: string): string {
  const year = Number(date.slice(0, 4));
  return date.slice(5) <= "03-31" ? `${year}-03-31` : `${year + 1}-03-31`;
}

export async function importFile(
  ctx: RequestContext,
  database: Database,
  path: string,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const fileName = options.fileName ?? basename(path);
  const size = (await stat(path)).size;
  const sha256 = await sha256OfFile(path);
  const userId = ctx.user?.id ?? null;
  const username = ctx.user?.username ?? null;

  const previous = await runs.findLoadedRunByHash(database.db, sha256);
  if (previous) {
    const runId = await database.db.transaction(async (tx) => {
      const id = await runs.insertRun(tx, {
        at: ctx.now,
        userId,
        username,
        fileName,
        sha256,
        byteSize: size,
        status: "unchanged",
      });
      await runs.finishRun(tx, id, {
        at: ctx.now,
        status: "unchanged",
        format: previous.format,
        sourceKey: previous.sourceKey,
        referenceDate: previous.referenceDate,
        counts: {},
        errorCount: 0,
        warningCount: 0,
        problemsTruncated: false,
        message: `The same content was already loaded from ${previous.fileName} (run ${previous.id}); nothing changed.`,
      });
      return id;
    });
    return {
      runId,
      fileName,
      status: "unchanged",
      format: previous.format as ExtractFormat | null,
      sourceKey: previous.sourceKey,
      referenceDate: previous.referenceDate,
      counts: {},
      errorCount: 0,
      warningCount: 0,
      problems: [],
      message: `Already loaded as run ${previous.id}; nothing changed.`,
    };
  }

  const runId = await runs.insertRun(database.db, {
    at: ctx.now,
    userId,
    username,
    fileName,
    sha256,
    byteSize: size,
    status: "running",
  });
  const problems = new ProblemLog();
  const format = detectFormat(await readHead(path), fileName);
  let slot: { sourceKey: string; referenceDate: string } | null = null;
  let counts: Record<string, number> = {};
  let nothingToStore = false;
  try {
    if (!format) {
      problems.add({
        file: fileName,
        row: null,
        line: 1,
        path: null,
        column: null,
        rule: "FORMAT_UNRECOGNISED",
        message:
          "This is not a file Waymark can import: expected a CIN census or workforce census XML return, an SSDA903 XML return or CSV table (header, episodes, reviews, ...), an Ofsted Annex A workbook or list, or a Waymark canonical CSV (docs/formats.md).",
        severity: "error",
      });
      throw new RejectFile();
    }
    await database.db.transaction(async (tx) => {
      const writer = new RecordWriter(tx, runId, fileName);
      slot = await parseInto(format, path, fileName, writer, problems, size, options);
      await writer.flush();
      counts = { ...writer.counts } as Record<string, number>;
      if (problems.hasErrors) throw new RejectFile();
      if (Object.keys(counts).length === 0) {
        nothingToStore = true;
        return;
      }
      if (!slot) throw new RejectFile();
      await swapIntoSlot(tx, runId, slot.sourceKey, slot.referenceDate);
      await refreshChildren(tx);
      await audit(ctx, tx, {
        action: "import.loaded",
        details: { runId, fileName, format, ...slot, counts },
      });
    });
  } catch (error) {
    if (!(error instanceof RejectFile)) {
      await finish(
        database,
        runId,
        ctx,
        "failed",
        format,
        null,
        counts,
        problems,
        "The import failed because of a fault in Waymark. Nothing was loaded.",
      );
      throw error;
    }
    const message = `Rejected: ${problems.errorCount} error${problems.errorCount === 1 ? "" : "s"}, ${problems.warningCount} warning${problems.warningCount === 1 ? "" : "s"}. Nothing was loaded.`;
    await finish(database, runId, ctx, "rejected", format, slot, counts, problems, message);
    return {
      runId,
      fileName,
      status: "rejected",
      format,
      sourceKey: null,
      referenceDate: null,
      counts,
      errorCount: problems.errorCount,
      warningCount: problems.warningCount,
      problems: problems.problems,
      message,
    };
  }
  const loadedSlot = slot as { sourceKey: string; referenceDate: string } | null;
  const message = nothingToStore
    ? "Checked: nothing blocks this file, but Waymark does not use this table yet, so nothing was stored."
    : `Loaded ${Object.values(counts).reduce((a, b) => a + b, 0)} records with ${problems.warningCount} warning${problems.warningCount === 1 ? "" : "s"}.`;
  await finish(database, runId, ctx, "loaded", format, loadedSlot, counts, problems, message);
  return {
    runId,
    fileName,
    status: "loaded",
    format,
    sourceKey: loadedSlot?.sourceKey ?? null,
    referenceDate: loadedSlot?.referenceDate ?? null,
    counts,
    errorCount: 0,
    warningCount: problems.warningCount,
    problems: problems.problems,
    message,
  };
}

async function finish(
  database: Database,
  runId: number,
  ctx: RequestContext,
  status: ImportStatus,
  format: ExtractFormat | null,
  slot: { sourceKey: string; referenceDate: string } | null,
  counts: Record<string, number>,
  problems: ProblemLog,
  message: string,
): Promise<void> {
  await database.db.transaction(async (tx) => {
    await runs.finishRun(tx, runId, {
      at: ctx.now,
      status,
      format,
      sourceKey: status === "loaded" ? (slot?.sourceKey ?? null) : null,
      referenceDate: slot?.referenceDate ?? null,
      counts,
      errorCount: problems.errorCount,
      warningCount: problems.warningCount,
      problemsTruncated: problems.truncated,
      message,
    });
    await runs.insertProblems(tx, runId, problems.problems);
    if (status === "rejected") {
      await audit(ctx, tx, {
        action: "import.rejected",
        outcome: "failure",
        details: { runId, format, errors: problems.errorCount },
      });
    }
  });
}

/** Streams the file through the right parser; returns the slot it fills, or null if unknown. */
async function parseInto(
  format: ExtractFormat,
  path: string,
  fileName: string,
  writer: RecordWriter,
  problems: ProblemLog,
  size: number,
  options: ImportOptions,
): Promise<{ sourceKey: string; referenceDate: string } | null> {
  const input = withProgress(
    createReadStream(path, { highWaterMark: 256 * 1024 }),
    size,
    options.onProgress,
  );
  const collectionYear = options.collectionYear ?? null;
  if (format === "cin_census_xml") {
    const meta = await parseCinCensusXml(input, { file: fileName, sink: writer, problems });
    if (!meta.referenceDate) {
      if (!problems.hasErrors)
        noReferenceDate(problems, fileName, "the CIN census header has no ReferenceDate");
      return null;
    }
    return { sourceKey: `cin:${meta.referenceDate}`, referenceDate: meta.referenceDate };
  }
  if (format === "csww_xml") {
    const meta = await parseCswwXml(input, { file: fileName, sink: writer, problems });
    if (!meta.referenceDate) {
      if (!problems.hasErrors)
        noReferenceDate(problems, fileName, "the workforce census header has no collection year");
      return null;
    }
    return { sourceKey: `csww:${meta.referenceDate}`, referenceDate: meta.referenceDate };
  }
  if (format === "annex_a_xlsx" || format === "annex_a_csv") {
    // Annex A lists cover "the last 12 months" with no stated date: the slot is the collection year of its latest date.
    if (format === "annex_a_xlsx")
      await parseAnnexAXlsx(path, { file: fileName, sink: writer, problems });
    else await parseAnnexACsv(input, { file: fileName, sink: writer, problems });
    return inferredYearSlot(
      format === "annex_a_xlsx" ? "annex_a" : "annex_a_list",
      writer,
      problems,
      fileName,
      collectionYear,
    );
  }
  if (format === "canonical_csv") {
    const result = await parseCanonicalCsv(input, { file: fileName, sink: writer, problems });
    return inferredYearSlot(
      `canonical_${result.recordType ?? "unknown"}`,
      writer,
      problems,
      fileName,
      collectionYear,
    );
  }
  if (format === "ssda903_xml") {
    await parseSsda903Xml(input, { file: fileName, sink: writer, problems, collectionYear });
    return inferredYearSlot("ssda903_xml", writer, problems, fileName, collectionYear);
  }
  const result = await parseSsda903Csv(input, {
    file: fileName,
    sink: writer,
    problems,
    collectionYear,
  });
  return inferredYearSlot(
    `ssda903_${result.table ?? "unknown"}`,
    writer,
    problems,
    fileName,
    collectionYear,
  );
}

/**
 * SSDA903 and canonical files carry no reference date, so the collection year is given,
 * or else the one that ends on the 31 March on or after the latest date in the file; a
 * file for the same table and year replaces the earlier one.
 */
function inferredYearSlot(
  prefix: string,
  writer: RecordWriter,
  problems: ProblemLog,
  fileName: string,
  collectionYear: number | null,
) {
  if (collectionYear !== null) {
    const referenceDate = `${collectionYear}-03-31`;
    return { sourceKey: `${prefix}:${referenceDate}`, referenceDate };
  }
  // A header table has only dates of birth: the youngest child was born in or before the collection year.
  const latest = writer.latestDate ?? writer.latestBirthDate;
  if (!latest) {
    const emitted = Object.keys(writer.counts).length > 0;
    if (!problems.hasErrors && emitted)
      noReferenceDate(
        problems,
        fileName,
        "the file holds no dated records; give its collection year (waymark import --collection-year 2012 FILE)",
      );
    return null;
  }
  const referenceDate = collectionYearEnd(latest);
  return { sourceKey: `${prefix}:${referenceDate}`, referenceDate };
}

function noReferenceDate(problems: ProblemLog, file: string, why: string): void {
  problems.add({
    file,
    row: null,
    line: null,
    path: null,
    column: null,
    rule: "IMPORT_NO_REFERENCE_DATE",
    message: `Cannot tell which collection this file belongs to: ${why}.`,
    severity: "error",
  });
}

async function* withProgress(
  stream: AsyncIterable<Buffer | string>,
  total: number,
  onProgress?: (bytesRead: number, totalBytes: number) => void,
): AsyncGenerator<Buffer> {
  let read = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    read += buffer.length;
    onProgress?.(read, total);
    yield buffer;
  }
}
