/** Performance dataset: scorecard, exceptions, indicator pages, drill-down, targets, commentary. */
import { requires, requiresAny } from "../platform/http/access.ts";
import type { WaymarkApp } from "../platform/http/app-types.ts";
import * as api from "./api.ts";
import { drillDown } from "./service/drill-down.ts";
import { indicatorPage } from "./service/indicator-page.ts";
import { recordChangePoint, recordCommentary, recordTarget } from "./service/record.ts";
import { exceptions, scorecard } from "./service/scorecard.ts";

const readFigures = { access: requires("aggregate.read") };

export function registerPerformanceRoutes(app: WaymarkApp): void {
  app.get(
    "/api/performance/scorecard",
    {
      config: readFigures,
      schema: { querystring: api.scorecardQuery, response: { 200: api.scorecardResponse } },
    },
    (request) => app.asUser(request, (ctx, tx) => scorecard(ctx, tx, request.query)),
  );

  app.get(
    "/api/performance/exceptions",
    {
      config: readFigures,
      schema: { querystring: api.scorecardQuery, response: { 200: api.exceptionsResponse } },
    },
    (request) => app.asUser(request, (ctx, tx) => exceptions(ctx, tx, request.query)),
  );

  app.get(
    "/api/performance/indicators/:id",
    {
      config: readFigures,
      schema: {
        params: api.indicatorParams,
        querystring: api.indicatorQuery,
        response: { 200: api.indicatorResponse },
      },
    },
    (request) =>
      app.asUser(request, (ctx, tx) => indicatorPage(ctx, tx, request.params.id, request.query)),
  );

  app.get(
    "/api/performance/indicators/:id/children",
    {
      // Child-level: only roles with a child-reading scope, and then only the children they may read.
      config: {
        access: requiresAny("child.read.all", "child.read.team", "child.read.audited"),
      },
      schema: {
        params: api.indicatorParams,
        querystring: api.drillDownQuery,
        response: { 200: api.drillDownResponse },
      },
    },
    (request) =>
      app.asUser(request, (ctx, tx) => drillDown(ctx, tx, request.params.id, request.query)),
  );

  app.post(
    "/api/performance/indicators/:id/targets",
    {
      config: { access: requires("targets.write") },
      schema: {
        params: api.indicatorParams,
        body: api.targetRequest,
        response: { 200: api.createdResponse },
      },
    },
    (request) =>
      app.asUser(request, (ctx, tx) => recordTarget(ctx, tx, request.params.id, request.body)),
  );

  app.post(
    "/api/performance/indicators/:id/commentary",
    {
      config: { access: requires("commentary.write") },
      schema: {
        params: api.indicatorParams,
        body: api.commentaryRequest,
        response: { 200: api.createdResponse },
      },
    },
    (request) =>
      app.asUser(request, (ctx, tx) => recordCommentary(ctx, tx, request.params.id, request.body)),
  );

  app.post(
    "/api/performance/change-points",
    {
      config: { access: requires("targets.write") },
      schema: { body: api.changePointRequest, response: { 200: api.createdResponse } },
    },
    (request) => app.asUser(request, (ctx, tx) => recordChangePoint(ctx, tx, request.body)),
  );
}
