/**
 * Evidence for the Board, attached to a plan action (by those who may update it) or to a
 * notice measure (by plan managers): files kept in the database with their SHA-256, their
 * type checked against their first bytes so a renamed file is refused, or links. Every
 * addition and every download is audited.
 */
import { createHash } from "node:crypto";
import { hasPermission } from "../platform/access/roles.ts";
import { audit } from "../platform/audit/service.ts";
import type { Tx } from "../platform/db/database.ts";
import type { AuthenticatedContext } from "../platform/http/context.ts";
import { badRequest, forbidden, notFound } from "../platform/http/errors.ts";
import * as repo from "./repo.ts";
import { requireUpdatable } from "./service.ts";

/** Documents and images a Board would be shown, nothing executable. */
export const EVIDENCE_TYPES: Record<string, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  txt: "text/plain",
  csv: "text/csv",
};
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

export type EvidenceTarget = { actionId: number } | { measureId: number };

/** Checks the declared type against the content's first bytes, so a renamed file is refused. */
function contentMatches(extension: string, content: Buffer): boolean {
  const starts = (bytes: number[]) => bytes.every((b, i) => content[i] === b);
  if (extension === "pdf") return starts([0x25, 0x50, 0x44, 0x46]);
  if (["docx", "xlsx", "pptx"].includes(extension)) return starts([0x50, 0x4b, 0x03, 0x04]);
  if (extension === "png") return starts([0x89, 0x50, 0x4e, 0x47]);
  if (extension === "jpg" || extension === "jpeg") return starts([0xff, 0xd8, 0xff]);
  return !content.includes(0); // text: no NUL bytes
}

async function requireMayAttach(ctx: AuthenticatedContext, tx: Tx, target: EvidenceTarget) {
  if ("actionId" in target) {
    await requireUpdatable(ctx, tx, target.actionId);
    return;
  }
  if (!(await repo.existingMeasureIds(tx, [target.measureId])).has(target.measureId))
    throw notFound("That measure");
  if (!hasPermission(ctx.user.role, "plan.manage"))
    throw forbidden("Only plan managers can attach evidence to a measure.");
}

function fileRecord(name: string, content: Buffer) {
  const extension = name.split(".").pop()?.toLowerCase() ?? "";
  const contentType = EVIDENCE_TYPES[extension];
  if (!contentType) {
    throw badRequest(
      `${name}: only ${Object.keys(EVIDENCE_TYPES).join(", ")} files can be attached.`,
      {
        field: "file",
      },
    );
  }
  if (content.length === 0) throw badRequest(`${name} is empty.`, { field: "file" });
  if (!contentMatches(extension, content))
    throw badRequest(`${name} is not really a .${extension} file.`, { field: "file" });
  return {
    kind: "file" as const,
    url: null,
    fileName: name,
    contentType,
    content,
    sha256: createHash("sha256").update(content).digest("hex"),
  };
}

function linkRecord(address: string) {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw badRequest("The link is not a web address.", { field: "url" });
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw badRequest("Links must be http or https.", { field: "url" });
  return {
    kind: "link" as const,
    url: url.toString(),
    fileName: null,
    contentType: null,
    content: null,
    sha256: null,
  };
}

export async function addEvidence(
  ctx: AuthenticatedContext,
  tx: Tx,
  target: EvidenceTarget,
  input: { title: string; url?: string; file?: { name: string; content: Buffer } },
) {
  await requireMayAttach(ctx, tx, target);
  const title = input.title.trim();
  if (title.length < 3 || title.length > 200)
    throw badRequest("Give the evidence a title of 3 to 200 characters.", { field: "title" });
  const body = input.file
    ? fileRecord(input.file.name, input.file.content)
    : input.url
      ? linkRecord(input.url)
      : null;
  if (!body) throw badRequest("Attach a file or give a link.", { field: "file" });
  const record = {
    actionId: "actionId" in target ? target.actionId : null,
    measureId: "measureId" in target ? target.measureId : null,
    title,
    ...body,
  };
  const evidenceId = await repo.insertEvidence(tx, record, { userId: ctx.user.id, at: ctx.now });
  await audit(ctx, tx, {
    action: "plan.evidence_added",
    details: {
      ...target,
      evidenceId,
      kind: record.kind,
      fileName: record.fileName,
      sha256: record.sha256,
      url: record.url,
    },
  });
  return { id: evidenceId };
}

export async function evidenceDownload(ctx: AuthenticatedContext, tx: Tx, id: number) {
  const file = await repo.evidenceFile(tx, id);
  if (!file) throw notFound("That evidence file");
  await audit(ctx, tx, {
    action: "plan.evidence_downloaded",
    details: { evidenceId: id, actionId: file.actionId, measureId: file.measureId },
  });
  return file;
}
