/** The Improvement Notice and plan: read, progress updates, evidence, versions and approval. */
import { idParam } from "../platform/auth/api.ts";
import { requires, requiresAny } from "../platform/http/access.ts";
import type { WaymarkApp } from "../platform/http/app-types.ts";
import { badRequest } from "../platform/http/errors.ts";
import { addMilestone, createAction, markMilestoneDone } from "./action-writes.ts";
import * as api from "./api.ts";
import { raiseIcsIssue, updateIcsIssue } from "./ics-issues.ts";
import * as service from "./service.ts";

const readPlan = { access: requires("plan.read") };
const updatePlan = { access: requiresAny("plan.update", "plan.manage") };

export function registerPlanRoutes(app: WaymarkApp): void {
  app.get(
    "/api/notice",
    {
      config: readPlan,
      schema: { querystring: api.asAtQuery, response: { 200: api.noticeResponse } },
    },
    (request) => app.asUser(request, (ctx, tx) => service.noticeView(ctx, tx, request.query)),
  );

  app.get(
    "/api/plan",
    {
      config: readPlan,
      schema: { querystring: api.asAtQuery, response: { 200: api.planResponse } },
    },
    (request) => app.asUser(request, (ctx, tx) => service.planView(ctx, tx, request.query)),
  );

  app.get(
    "/api/plan/actions/:id",
    {
      config: readPlan,
      schema: {
        params: idParam,
        querystring: api.asAtQuery,
        response: { 200: api.actionResponse },
      },
    },
    (request) =>
      app.asUser(request, (ctx, tx) =>
        service.actionView(ctx, tx, request.params.id, request.query),
      ),
  );

  app.post(
    "/api/plan/actions/:id/updates",
    {
      config: updatePlan,
      schema: { params: idParam, body: api.updateRequest, response: { 200: api.createdResponse } },
    },
    (request) =>
      app.asUser(request, (ctx, tx) => service.addUpdate(ctx, tx, request.params.id, request.body)),
  );

  app.post(
    "/api/plan/actions/:id/evidence-links",
    {
      config: updatePlan,
      schema: {
        params: idParam,
        body: api.linkEvidenceRequest,
        response: { 200: api.createdResponse },
      },
    },
    (request) =>
      app.asUser(request, (ctx, tx) =>
        service.addEvidence(ctx, tx, request.params.id, {
          title: request.body.title,
          url: request.body.url,
        }),
      ),
  );

  app.post(
    "/api/plan/actions/:id/evidence-files",
    {
      config: updatePlan,
      schema: { params: idParam, response: { 200: api.createdResponse } },
      onRequest: async (request) => {
        if (
          Number(request.headers["content-length"] ?? 0) >
          service.MAX_EVIDENCE_BYTES + 64 * 1024
        ) {
          throw badRequest("Evidence files can be at most 10 MB.", { field: "file" });
        }
      },
    },
    async (request) => {
      if (!request.isMultipart()) throw badRequest("Send the file as a multipart form upload.");
      let title = "";
      let file: { name: string; content: Buffer } | undefined;
      for await (const part of request.parts({
        limits: { fileSize: service.MAX_EVIDENCE_BYTES, files: 1, fields: 2 },
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
      const upload = file;
      return app.asUser(request, (ctx, tx) =>
        service.addEvidence(ctx, tx, request.params.id, { title, file: upload }),
      );
    },
  );

  app.get(
    "/api/plan/evidence/:id/file",
    { config: readPlan, schema: { params: idParam } },
    async (request, reply) => {
      const file = await app.asUser(request, (ctx, tx) =>
        service.evidenceDownload(ctx, tx, request.params.id),
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

  app.post(
    "/api/plan/versions",
    {
      config: { access: requires("plan.manage") },
      schema: { response: { 200: api.createdResponse } },
    },
    (request) => app.asUser(request, (ctx, tx) => service.createPlanVersion(ctx, tx)),
  );

  app.post(
    "/api/plan/versions/:id/approve",
    {
      config: { access: requires("plan.approve") },
      schema: { params: idParam, body: api.approveRequest, response: { 200: api.createdResponse } },
    },
    (request) =>
      app.asUser(request, (ctx, tx) =>
        service.approvePlanVersion(ctx, tx, request.params.id, request.body.meetingId),
      ),
  );

  app.post(
    "/api/plan/ics-issues",
    {
      config: updatePlan,
      schema: { body: api.icsIssueRequest, response: { 200: api.icsIssueCreatedResponse } },
    },
    (request) => app.asUser(request, (ctx, tx) => raiseIcsIssue(ctx, tx, request.body)),
  );

  app.put(
    "/api/plan/ics-issues/:id",
    {
      config: updatePlan,
      schema: {
        params: idParam,
        body: api.icsIssueUpdateRequest,
        response: { 200: api.icsIssueCreatedResponse },
      },
    },
    (request) =>
      app.asUser(request, (ctx, tx) => updateIcsIssue(ctx, tx, request.params.id, request.body)),
  );

  app.post(
    "/api/plan/actions",
    {
      config: { access: requires("plan.manage") },
      schema: { body: api.newActionRequest, response: { 200: api.actionCreatedResponse } },
    },
    (request) => app.asUser(request, (ctx, tx) => createAction(ctx, tx, request.body)),
  );

  app.post(
    "/api/plan/actions/:id/milestones",
    {
      config: { access: requires("plan.manage") },
      schema: {
        params: idParam,
        body: api.newMilestoneRequest,
        response: { 200: api.createdResponse },
      },
    },
    (request) =>
      app.asUser(request, (ctx, tx) => addMilestone(ctx, tx, request.params.id, request.body)),
  );

  app.post(
    "/api/plan/milestones/:id/done",
    {
      config: updatePlan,
      schema: {
        params: idParam,
        body: api.milestoneDoneRequest,
        response: { 200: api.createdResponse },
      },
    },
    (request) =>
      app.asUser(request, (ctx, tx) => markMilestoneDone(ctx, tx, request.params.id, request.body)),
  );
}
