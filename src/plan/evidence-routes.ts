/**
 * Evidence routes: links and file uploads for a plan action (its owners and plan managers)
 * and for a notice measure (plan managers), and the audited download of a file.
 */
import type { FastifyRequest } from "fastify";
import { idParam } from "../platform/auth/api.ts";
import { requires, requiresAny } from "../platform/http/access.ts";
import type { WaymarkApp } from "../platform/http/app-types.ts";
import { badRequest } from "../platform/http/errors.ts";
import * as api from "./api.ts";
import {
  addEvidence,
  type EvidenceTarget,
  evidenceDownload,
  MAX_EVIDENCE_BYTES,
} from "./evidence.ts";

/** Reads a multipart upload of one file and its title, refusing more than 10 MB early. */
async function readUpload(request: FastifyRequest) {
  if (!request.isMultipart()) throw badRequest("Send the file as a multipart form upload.");
  let title = "";
  let file: { name: string; content: Buffer } | undefined;
  for await (const part of request.parts({
    limits: { fileSize: MAX_EVIDENCE_BYTES, files: 1, fields: 2 },
  })) {
    if (part.type === "field" && part.fieldname === "title") title = String(part.value);
    else if (part.type === "file" && part.fieldname === "file") {
      const content = await part.toBuffer();
      if (part.file.truncated)
        throw badRequest("Evidence files can be at most 10 MB.", { field: "file" });
      file = { name: part.filename, content };
    }
  }
  if (!file) throw badRequest("Choose a file to attach.", { field: "file" });
  return { title, file };
}

const TARGETS = [
  {
    prefix: "/api/plan/actions/:id",
    access: requiresAny("plan.update", "plan.manage"),
    target: (id: number): EvidenceTarget => ({ actionId: id }),
  },
  {
    prefix: "/api/notice/measures/:id",
    access: requires("plan.manage"),
    target: (id: number): EvidenceTarget => ({ measureId: id }),
  },
];

export function registerEvidenceRoutes(app: WaymarkApp): void {
  for (const { prefix, access, target } of TARGETS) {
    app.post(
      `${prefix}/evidence-links`,
      {
        config: { access },
        schema: {
          params: idParam,
          body: api.linkEvidenceRequest,
          response: { 200: api.createdResponse },
        },
      },
      (request) =>
        app.asUser(request, (ctx, tx) =>
          addEvidence(ctx, tx, target(request.params.id), request.body),
        ),
    );

    app.post(
      `${prefix}/evidence-files`,
      {
        config: { access },
        schema: { params: idParam, response: { 200: api.createdResponse } },
        onRequest: async (request) => {
          if (Number(request.headers["content-length"] ?? 0) > MAX_EVIDENCE_BYTES + 64 * 1024) {
            throw badRequest("Evidence files can be at most 10 MB.", { field: "file" });
          }
        },
      },
      async (request) => {
        const upload = await readUpload(request);
        return app.asUser(request, (ctx, tx) =>
          addEvidence(ctx, tx, target(request.params.id), upload),
        );
      },
    );
  }

  app.get(
    "/api/plan/evidence/:id/file",
    { config: { access: requires("plan.read") }, schema: { params: idParam } },
    async (request, reply) => {
      const file = await app.asUser(request, (ctx, tx) =>
        evidenceDownload(ctx, tx, request.params.id),
      );
      return reply
        .header("content-type", file.contentType)
        .header(
          "content-disposition",
          `attachment; filename="${file.fileName.replace(/[^\w.\- ]/g, "_")}"`,
        )
        .send(file.content);
    },
  );
}
