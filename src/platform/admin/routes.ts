/** Administration: users, teams, roles and break-glass alerts. Thin: schema, permission, call. */
import { idParam, okResponse } from "../auth/api.ts";
import { requires } from "../http/access.ts";
import type { WaymarkApp } from "../http/app-types.ts";
import * as api from "./api.ts";
import * as service from "./service.ts";

export function registerAdminRoutes(app: WaymarkApp): void {
  const manageUsers = { access: requires("users.manage") };
  const manageTeams = { access: requires("teams.manage") };

  app.get(
    "/api/admin/users",
    { config: manageUsers, schema: { response: { 200: api.adminUsersResponse } } },
    async (request) => ({
      users: await app.asUser(request, (ctx, tx) => service.listUsers(ctx, tx)),
    }),
  );
  app.post(
    "/api/admin/users",
    { config: manageUsers, schema: { body: api.createUserRequest } },
    async (request, reply) => {
      const id = await app.asUser(request, (ctx, tx) => service.createUser(ctx, tx, request.body));
      return reply.status(201).send({ id });
    },
  );
  app.patch(
    "/api/admin/users/:id",
    {
      config: manageUsers,
      schema: { params: idParam, body: api.updateUserRequest, response: { 200: okResponse } },
    },
    async (request) => {
      await app.asUser(request, (ctx, tx) =>
        service.updateUser(ctx, tx, request.params.id, request.body),
      );
      return { ok: true as const };
    },
  );
  app.post(
    "/api/admin/users/:id/password",
    {
      config: manageUsers,
      schema: { params: idParam, body: api.resetPasswordRequest, response: { 200: okResponse } },
    },
    async (request) => {
      await app.asUser(request, (ctx, tx) =>
        service.resetPassword(ctx, tx, request.params.id, request.body.password),
      );
      return { ok: true as const };
    },
  );

  app.get(
    "/api/admin/teams",
    { config: manageTeams, schema: { response: { 200: api.teamsResponse } } },
    async (request) => ({
      teams: await app.asUser(request, (ctx, tx) => service.listTeams(ctx, tx)),
    }),
  );
  app.post(
    "/api/admin/teams",
    { config: manageTeams, schema: { body: api.teamRequest } },
    async (request, reply) => {
      const id = await app.asUser(request, (ctx, tx) => service.createTeam(ctx, tx, request.body));
      return reply.status(201).send({ id });
    },
  );
  app.patch(
    "/api/admin/teams/:id",
    {
      config: manageTeams,
      schema: { params: idParam, body: api.updateTeamRequest, response: { 200: okResponse } },
    },
    async (request) => {
      await app.asUser(request, (ctx, tx) =>
        service.updateTeam(ctx, tx, request.params.id, request.body),
      );
      return { ok: true as const };
    },
  );

  app.get(
    "/api/admin/roles",
    {
      config: { access: requires("roles.read") },
      schema: { response: { 200: api.rolesResponse } },
    },
    (request) => app.asUser(request, (ctx, tx) => service.describeRoles(ctx, tx)),
  );

  app.get(
    "/api/admin/alerts",
    {
      config: { access: requires("alerts.review") },
      schema: { querystring: api.alertsQuery, response: { 200: api.alertsResponse } },
    },
    async (request) => ({
      alerts: await app.asUser(request, (ctx, tx) =>
        service.listAlerts(ctx, tx, request.query.status === "open"),
      ),
    }),
  );
  app.post(
    "/api/admin/alerts/:id/review",
    {
      config: { access: requires("alerts.review") },
      schema: { params: idParam, body: api.reviewAlertRequest, response: { 200: okResponse } },
    },
    async (request) => {
      await app.asUser(request, (ctx, tx) =>
        service.reviewAlert(ctx, tx, request.params.id, request.body.note),
      );
      return { ok: true as const };
    },
  );
}
