/** The Improvement Board: meetings, decisions, actions, reporting calendar and board packs. */

import { idParam } from "../platform/auth/api.ts";
import { requires } from "../platform/http/access.ts";
import type { WaymarkApp } from "../platform/http/app-types.ts";
import * as api from "./api.ts";
import { addMeasureCommentary, generateReport, reportView } from "./quarterly-report.ts";
import { recordNotice } from "./record-notice.ts";
import { recordBody, scheduleMeetings } from "./schedule-meetings.ts";
import * as service from "./service.ts";

const readBoard = { access: requires("board.read") };
const recordBoard = { access: requires("board.record") };

export function registerBoardRoutes(app: WaymarkApp): void {
  app.get(
    "/api/board/meetings",
    { config: readBoard, schema: { response: { 200: api.meetingsResponse } } },
    (request) => app.asUser(request, (ctx, tx) => service.listMeetings(ctx, tx)),
  );

  app.get(
    "/api/board/meetings/:id",
    { config: readBoard, schema: { params: idParam, response: { 200: api.meetingResponse } } },
    (request) => app.asUser(request, (ctx, tx) => service.meetingView(ctx, tx, request.params.id)),
  );

  app.post(
    "/api/board/meetings/:id/decisions",
    {
      config: recordBoard,
      schema: {
        params: idParam,
        body: api.decisionRequest,
        response: { 200: api.createdResponse },
      },
    },
    (request) =>
      app.asUser(request, (ctx, tx) =>
        service.recordDecision(ctx, tx, request.params.id, request.body.text),
      ),
  );

  app.post(
    "/api/board/meetings/:id/actions",
    {
      config: recordBoard,
      schema: {
        params: idParam,
        body: api.boardActionRequest,
        response: { 200: api.createdResponse },
      },
    },
    (request) =>
      app.asUser(request, (ctx, tx) =>
        service.recordBoardAction(ctx, tx, request.params.id, request.body),
      ),
  );

  app.put(
    "/api/board/meetings/:id/minutes",
    {
      config: recordBoard,
      schema: { params: idParam, body: api.minutesRequest, response: { 200: api.createdResponse } },
    },
    (request) =>
      app.asUser(request, (ctx, tx) =>
        service.saveMinutes(ctx, tx, request.params.id, request.body),
      ),
  );

  app.get(
    "/api/board/actions",
    { config: readBoard, schema: { response: { 200: api.actionsResponse } } },
    (request) => app.asUser(request, (ctx, tx) => service.actionsView(ctx, tx)),
  );

  app.post(
    "/api/board/actions/:id/done",
    {
      config: recordBoard,
      schema: { params: idParam, body: api.doneRequest, response: { 200: api.createdResponse } },
    },
    (request) =>
      app.asUser(request, (ctx, tx) =>
        service.markActionDone(ctx, tx, request.params.id, request.body.doneOn),
      ),
  );

  app.get(
    "/api/board/calendar",
    { config: readBoard, schema: { response: { 200: api.calendarResponse } } },
    (request) => app.asUser(request, (ctx, tx) => service.calendarView(ctx, tx)),
  );

  app.post(
    "/api/board/calendar/:id/delivered",
    {
      config: { access: requires("calendar.update") },
      schema: {
        params: idParam,
        body: api.deliveredRequest,
        response: { 200: api.createdResponse },
      },
    },
    (request) =>
      app.asUser(request, (ctx, tx) =>
        service.markDelivered(ctx, tx, request.params.id, request.body),
      ),
  );

  app.post(
    "/api/board/meetings/:id/packs",
    {
      config: { access: requires("packs.generate") },
      schema: { params: idParam, body: api.packRequest, response: { 200: api.createdResponse } },
    },
    (request) =>
      app.asUser(request, (ctx, tx) =>
        service.generatePack(ctx, tx, request.params.id, request.body.audience),
      ),
  );

  for (const format of ["html", "pdf"] as const) {
    app.get(
      `/api/board/packs/:id/pack.${format}`,
      { config: readBoard, schema: { params: idParam } },
      async (request, reply) => {
        const document = await app.asUser(request, (ctx, tx) =>
          service.packDocument(ctx, tx, request.params.id, format),
        );
        if (format === "html") {
          // The pack is a standalone document: its own styles and inline SVG, never scripts.
          reply.header(
            "content-security-policy",
            "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'",
          );
        }
        return reply
          .header("content-type", document.contentType)
          .header(
            "content-disposition",
            `${format === "pdf" ? "attachment" : "inline"}; filename="${document.fileName}"`,
          )
          .send(document.body);
      },
    );
  }

  app.get(
    "/api/board/reports/:id",
    { config: readBoard, schema: { params: idParam, response: { 200: api.reportResponse } } },
    (request) => app.asUser(request, (ctx, tx) => reportView(ctx, tx, request.params.id)),
  );

  app.post(
    "/api/board/reports/:id/commentary",
    {
      config: { access: requires("reports.write") },
      schema: {
        params: idParam,
        body: api.commentaryRequest,
        response: { 200: api.createdResponse },
      },
    },
    (request) =>
      app.asUser(request, (ctx, tx) =>
        addMeasureCommentary(ctx, tx, request.params.id, request.body),
      ),
  );

  app.post(
    "/api/board/reports/:id/packs",
    {
      config: { access: requires("packs.generate") },
      schema: { params: idParam, body: api.packRequest, response: { 200: api.createdResponse } },
    },
    (request) =>
      app.asUser(request, (ctx, tx) =>
        generateReport(ctx, tx, request.params.id, request.body.audience),
      ),
  );

  app.post(
    "/api/board/bodies",
    {
      config: { access: requires("board.record") },
      schema: { body: api.bodyRequest, response: { 200: api.createdResponse } },
    },
    (request) => app.asUser(request, (ctx, tx) => recordBody(ctx, tx, request.body)),
  );

  app.post(
    "/api/board/meetings",
    {
      config: { access: requires("board.record") },
      schema: { body: api.scheduleRequest, response: { 200: api.scheduledResponse } },
    },
    (request) => app.asUser(request, (ctx, tx) => scheduleMeetings(ctx, tx, request.body)),
  );

  // The notice lives with the plan but is recorded here: it also sets the reporting calendar.
  app.post(
    "/api/notice",
    {
      config: { access: requires("plan.manage") },
      schema: { body: api.noticeRequest, response: { 200: api.noticeCreatedResponse } },
    },
    (request) => app.asUser(request, (ctx, tx) => recordNotice(ctx, tx, request.body)),
  );
}
