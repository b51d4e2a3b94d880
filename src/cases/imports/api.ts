/** Request and response shapes for importing extracts, shared by server and web. */
import { z } from "zod";

export const importProblem = z.object({
  file: z.string(),
  row: z.number().nullable(),
  line: z.number().nullable(),
  path: z.string().nullable(),
  column: z.string().nullable(),
  rule: z.string(),
  message: z.string(),
  severity: z.enum(["error", "warning"]),
});

export const importRun = z.object({
  id: z.number(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  username: z.string().nullable(),
  fileName: z.string(),
  contentSha256: z.string(),
  byteSize: z.number(),
  format: z.string().nullable(),
  sourceKey: z.string().nullable(),
  referenceDate: z.string().nullable(),
  status: z.string(),
  counts: z.record(z.string(), z.number()),
  errorCount: z.number(),
  warningCount: z.number(),
  problemsTruncated: z.boolean(),
  message: z.string().nullable(),
});
export type ImportRun = z.infer<typeof importRun>;

export const importRunsResponse = z.object({ runs: z.array(importRun) });

/** What a performance officer reads first: how much rests on good data. */
export const qualitySummary = z.object({
  recordsByType: z.record(z.string(), z.number()),
  dateErrors: z.number(),
  unknownCodes: z.number(),
  missingMandatory: z.number(),
  otherErrors: z.number(),
  otherWarnings: z.number(),
  byRule: z.array(z.object({ rule: z.string(), severity: z.string(), count: z.number() })),
});

export const importReportResponse = z.object({
  run: importRun,
  summary: qualitySummary,
  problems: z.array(importProblem),
});

export const uploadQuery = z.object({
  collectionYear: z.coerce.number().int().min(2000).max(2100).optional(),
});
