/**
 * The server's answer to an upload: 200 for a file loaded or unchanged, 422 with the same
 * shape for a rejected one.
 */
import { z } from "zod";

export const uploadAnswer = z.object({
  runId: z.number(),
  status: z.string(),
  message: z.string(),
  counts: z.record(z.string(), z.number()),
  errorCount: z.number(),
  warningCount: z.number(),
});
export type UploadAnswer = z.infer<typeof uploadAnswer> & { fileName: string };

/** The collection year as typed, or a problem to show; blank means "work it out from the file". */
export function parseCollectionYear(
  text: string,
): { ok: true; year: number | undefined } | { ok: false; message: string } {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: true, year: undefined };
  if (!/^\d{4}$/.test(trimmed))
    return { ok: false, message: "Collection year must be a year written as 4 digits, like 2012" };
  const year = Number(trimmed);
  if (year < 2000 || year > 2100)
    return { ok: false, message: "Collection year must be between 2000 and 2100" };
  return { ok: true, year };
}
