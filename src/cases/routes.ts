/** Child records: list, view, break-glass, restriction and "who viewed this child". */
import { idParam, okResponse } from "../platform/auth/api.ts";
import { requires, requiresAny } from "../platform/http/access.ts";
import type { WaymarkApp } from "../platform/http/app-types.ts";
import { AppError } from "../platform/http/errors.ts";
import * as api from "./api.ts";
import * as service from "./service.ts";

const readChildren = {
  access: requiresAny("child.read.all", "child.read.team", "child.read.audited"),
};

export function registerChildRoutes(app: WaymarkApp): void {
  app.get(
    "/api/children",
    {
      config: readChildren,
      schema: { querystring: api.childListQuery, response: { 200: api.childListResponse } },
    },
    (request) => app.asUser(request, (ctx, tx) => service.listChildren(ctx, tx, request.query)),
  );

  app.get(
    "/api/children/:id",
    { config: readChildren, schema: { params: idParam, response: { 200: api.childRecord } } },
    async (request) => {
      try {
        return await app.asUser(request, (ctx, tx) =>
          service.viewChild(ctx, tx, request.params.id),
        );
      } catch (error) {
        if (error instanceof AppError && error.code === "child_access_denied") {
          await app.asUser(request, (ctx, tx) => service.recordRefusal(ctx, tx, request.params.id));
        }
        throw error;
      }
    },
  );

  app.post(
    "/api/children/:id/break-glass",
    {
      config: { access: requires("child.break_glass") },
      schema: {
        params: idParam,
        body: api.breakGlassRequest,
        response: { 200: api.breakGlassResponse },
      },
    },
    (request) =>
      app.asUser(request, (ctx, tx) =>
        service.breakGlass(
          ctx,
          tx,
          request.params.id,
          request.body.reason,
          app.services.config.breakGlassMs,
        ),
      ),
  );

  app.put(
    "/api/children/:id/restriction",
    {
      config: { access: requires("child.restrict") },
      schema: { params: idParam, body: api.restrictionRequest, response: { 200: okResponse } },
    },
    (request) =>
      app.asUser(request, (ctx, tx) =>
        service.setRestriction(ctx, tx, request.params.id, request.body),
      ),
  );

  app.get(
    "/api/children/:id/access-log",
    {
      config: { access: requires("child.access_log") },
      schema: { params: idParam, response: { 200: api.accessLogResponse } },
    },
    (request) => app.asUser(request, (ctx, tx) => service.accessLog(ctx, tx, request.params.id)),
  );
}
