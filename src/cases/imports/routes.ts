/** Importing extracts: upload, runs, a run's report and its problems as CSV. */
import { idParam } from "../../platform/auth/api.ts";
import { requires } from "../../platform/http/access.ts";
import type { WaymarkApp } from "../../platform/http/app-types.ts";
import type { AuthenticatedContext, RequestContext } from "../../platform/http/context.ts";
import { AppError, badRequest, notSignedIn } from "../../platform/http/errors.ts";
import * as api from "./api.ts";
import * as service from "./service.ts";

function authenticated(ctx: RequestContext): AuthenticatedContext {
  if (!ctx.user || ctx.sessionId === null) throw notSignedIn();
  return ctx as AuthenticatedContext;
}

export function registerImportRoutes(app: WaymarkApp): void {
  const { config, database } = app.services;

  app.post(
    "/api/imports",
    {
      config: { access: requires("imports.write") },
      schema: { querystring: api.uploadQuery },
      // Refuse an over-size upload from its declared length, before reading the body.
      onRequest: async (request) => {
        const length = Number(request.headers["content-length"] ?? 0);
        if (length > config.maxUploadBytes) {
          throw new AppError(
            413,
            "too_large",
            `The file is larger than the ${Math.round(config.maxUploadBytes / 1024 / 1024)} MB this server accepts.`,
          );
        }
      },
    },
    async (request, reply) => {
      if (!request.isMultipart())
        throw badRequest("Send the file as a multipart form upload in a field called file.");
      const part = await request.file({
        limits: { fileSize: config.maxUploadBytes, files: 1, fields: 0, parts: 1 },
      });
      if (part?.fieldname !== "file")
        throw badRequest("Choose a file to upload.", { field: "file" });
      // The import manages its own transactions (a run record that survives a rejection, then an
      // all-or-nothing load), so it gets the request's context but no enclosing transaction.
      const result = await service.uploadAndImport(authenticated(request.ctx), database, {
        fileName: part.filename,
        stream: part.file,
        ...(request.query.collectionYear !== undefined
          ? { collectionYear: request.query.collectionYear }
          : {}),
      });
      return reply.status(result.status === "rejected" ? 422 : 200).send(result);
    },
  );

  app.get(
    "/api/imports",
    {
      config: { access: requires("imports.read") },
      schema: { response: { 200: api.importRunsResponse } },
    },
    async (request) => ({
      runs: await app.asUser(request, (ctx, tx) => service.listRuns(ctx, tx)),
    }),
  );

  app.get(
    "/api/imports/:id",
    {
      config: { access: requires("imports.read") },
      schema: { params: idParam, response: { 200: api.importReportResponse } },
    },
    (request) => app.asUser(request, (ctx, tx) => service.runReport(ctx, tx, request.params.id)),
  );

  app.get(
    "/api/imports/:id/problems.csv",
    { config: { access: requires("imports.read") }, schema: { params: idParam } },
    async (request, reply) => {
      const { fileName, csv } = await app.asUser(request, (ctx, tx) =>
        service.problemsCsv(ctx, tx, request.params.id),
      );
      return reply
        .header("content-type", "text/csv; charset=utf-8")
        .header("content-disposition", `attachment; filename="${fileName}"`)
        .send(csv);
    },
  );
}
