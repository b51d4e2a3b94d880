/** The Improvement Notice and plan: read, progress updates, evidence, versions and approval. */
import { idParam } from "../platform/auth/api.ts";
import { requires, requiresAny } from "../platform/http/access.ts";
import type { WaymarkApp } from "../platform/http/app-types.ts";
import { addMilestone, createAction, markMilestoneDone, possibleOwners } from "./action-writes.ts";
import * as api from "./api.ts";
import { registerEvidenceRoutes } from "./evidence-routes.ts";
import { raiseIcsIssue, updateIcsIssue } from "./ics-issues.ts";
import * as service from "./service.ts";

const readPlan = { access: requires("plan.read") };
const updatePlan = { access: requiresAny("plan.update", "plan.manage") };

export function registerPlanRoutes(app: WaymarkApp): void {
  registerEvidenceRoutes(app);
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

  app.get(
    "/api/plan/people",
    {
      config: { access: requires("plan.manage") },
      schema: { response: { 200: api.peopleResponse } },
    },
    (request) => app.asUser(request, (_ctx, tx) => possibleOwners(tx)),
  );
}
