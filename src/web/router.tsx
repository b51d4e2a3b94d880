/**
 * Every page's address, in one code-based route tree. Route files stay thin: they read
 * and check the address (params and search) and hand plain values to the page, and say
 * which permissions a page needs.
 */
import { createRootRoute, createRoute, createRouter } from "@tanstack/react-router";
import type { ReactNode } from "react";
import type { Permission } from "../platform/access/roles.ts";
import { RequirePermission } from "./components/RequirePermission.tsx";
import { AppShell } from "./layout/AppShell.tsx";
import { CHILD_READ } from "./navigation.ts";
import { AccountPage } from "./pages/account/AccountPage.tsx";
import { ChangePasswordPage } from "./pages/account/ChangePasswordPage.tsx";
import { AdminIndexPage } from "./pages/admin/AdminIndexPage.tsx";
import { AlertsPage } from "./pages/admin/AlertsPage.tsx";
import { EditTeamPage } from "./pages/admin/EditTeamPage.tsx";
import { EditUserPage } from "./pages/admin/EditUserPage.tsx";
import { RolesPage } from "./pages/admin/RolesPage.tsx";
import { TeamsPage } from "./pages/admin/TeamsPage.tsx";
import { UsersPage } from "./pages/admin/UsersPage.tsx";
import { AuditPage } from "./pages/audit/AuditPage.tsx";
import { parseAuditSearch } from "./pages/audit/audit-search.ts";
import { BoardActionsPage } from "./pages/board/BoardActionsPage.tsx";
import { CalendarPage } from "./pages/board/CalendarPage.tsx";
import { parseCalendarShow } from "./pages/board/labels.ts";
import { MeetingPage } from "./pages/board/MeetingPage.tsx";
import { MeetingsPage } from "./pages/board/MeetingsPage.tsx";
import { ReportPage } from "./pages/board/ReportPage.tsx";
import { AccessLogPage } from "./pages/children/AccessLogPage.tsx";
import { ChildRecordPage } from "./pages/children/ChildRecordPage.tsx";
import { ChildrenListPage } from "./pages/children/ChildrenListPage.tsx";
import { HomePage } from "./pages/HomePage.tsx";
import { ImportReportPage } from "./pages/imports/ImportReportPage.tsx";
import { ImportsPage } from "./pages/imports/ImportsPage.tsx";
import { NotFoundPage } from "./pages/NotFoundPage.tsx";
import { DrillDownPage } from "./pages/performance/DrillDownPage.tsx";
import { ExceptionsPage } from "./pages/performance/ExceptionsPage.tsx";
import { IndicatorPage } from "./pages/performance/IndicatorPage.tsx";
import {
  isoDate,
  type PerformanceSearch,
  parseIndicatorId,
  parsePart,
  parseSeries,
} from "./pages/performance/performance-search.ts";
import { ScorecardPage } from "./pages/performance/ScorecardPage.tsx";
import { ActionPage } from "./pages/plan/ActionPage.tsx";
import { NewActionPage } from "./pages/plan/NewActionPage.tsx";
import { NoticeFormPage } from "./pages/plan/NoticeFormPage.tsx";
import { NoticePage } from "./pages/plan/NoticePage.tsx";
import { PlanPage } from "./pages/plan/PlanPage.tsx";
import { parseRag } from "./pages/plan/plan-search.ts";
import { SignInPage } from "./pages/SignInPage.tsx";
import { optionalText, parseSearch, positiveInt, stringifySearch } from "./search-params.ts";

const rootRoute = createRootRoute({
  component: AppShell,
  notFoundComponent: () => <NotFoundPage />,
});

function guarded(anyOf: Permission[], page: ReactNode) {
  return <RequirePermission anyOf={anyOf}>{page}</RequirePermission>;
}

/** A record number in the address; anything else is a page that does not exist. */
function withId(raw: string, page: (id: number) => ReactNode) {
  const id = positiveInt(raw);
  return id ? page(id) : <NotFoundPage />;
}

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/sign-in",
  validateSearch: (
    search: Record<string, unknown>,
  ): { redirect?: string | undefined; signedOut?: "true" | undefined } => ({
    redirect: optionalText(search.redirect),
    signedOut: search.signedOut === "true" ? "true" : undefined,
  }),
  component: function SignIn() {
    const { signedOut } = signInRoute.useSearch();
    return <SignInPage signedOut={signedOut === "true"} />;
  },
});

const homeRoute = createRoute({ getParentRoute: () => rootRoute, path: "/", component: HomePage });

const accountRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/account",
  validateSearch: (search: Record<string, unknown>): { passwordChanged?: "true" | undefined } => ({
    passwordChanged: search.passwordChanged === "true" ? "true" : undefined,
  }),
  component: function Account() {
    const { passwordChanged } = accountRoute.useSearch();
    return <AccountPage passwordChanged={passwordChanged === "true"} />;
  },
});

const changePasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/account/password",
  validateSearch: (search: Record<string, unknown>): { redirect?: string | undefined } => ({
    redirect: optionalText(search.redirect),
  }),
  component: function ChangePassword() {
    const { redirect } = changePasswordRoute.useSearch();
    return <ChangePasswordPage redirect={redirect} />;
  },
});

const childrenRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/children",
  validateSearch: (
    search: Record<string, unknown>,
  ): { search?: string | undefined; page?: number | undefined } => ({
    search: optionalText(search.search)?.slice(0, 60),
    page: positiveInt(search.page),
  }),
  component: function Children() {
    const { search, page } = childrenRoute.useSearch();
    return guarded(CHILD_READ, <ChildrenListPage search={search} page={page ?? 1} />);
  },
});

const childRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/children/$childId",
  component: function Child() {
    const { childId } = childRoute.useParams();
    return guarded(
      CHILD_READ,
      withId(childId, (id) => <ChildRecordPage key={id} id={id} />),
    );
  },
});

const accessLogRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/children/$childId/access-log",
  component: function AccessLog() {
    const { childId } = accessLogRoute.useParams();
    return guarded(
      ["child.access_log"],
      withId(childId, (id) => <AccessLogPage id={id} />),
    );
  },
});

const importsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/imports",
  component: () => guarded(["imports.read"], <ImportsPage />),
});

const importRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/imports/$importId",
  validateSearch: (search: Record<string, unknown>): { page?: number | undefined } => ({
    page: positiveInt(search.page),
  }),
  component: function Import() {
    const { importId } = importRoute.useParams();
    const { page } = importRoute.useSearch();
    return guarded(
      ["imports.read"],
      withId(importId, (id) => <ImportReportPage key={id} id={id} page={page} />),
    );
  },
});

const scorecardRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/performance",
  validateSearch: (search: Record<string, unknown>): { month?: string | undefined } => ({
    month: isoDate(search.month),
  }),
  component: function Scorecard() {
    const { month } = scorecardRoute.useSearch();
    return guarded(["aggregate.read"], <ScorecardPage month={month} />);
  },
});

const exceptionsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/performance/exceptions",
  validateSearch: (search: Record<string, unknown>): { month?: string | undefined } => ({
    month: isoDate(search.month),
  }),
  component: function Exceptions() {
    const { month } = exceptionsRoute.useSearch();
    return guarded(["aggregate.read"], <ExceptionsPage month={month} />);
  },
});

const indicatorRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/performance/$id",
  validateSearch: (search: Record<string, unknown>): Pick<PerformanceSearch, "series"> => ({
    series: parseSeries(search.series),
  }),
  component: function Indicator() {
    const { id } = indicatorRoute.useParams();
    const { series } = indicatorRoute.useSearch();
    const indicatorId = parseIndicatorId(id);
    return guarded(
      ["aggregate.read"],
      indicatorId ? (
        <IndicatorPage key={indicatorId} id={indicatorId} series={series ?? "month"} />
      ) : (
        <NotFoundPage />
      ),
    );
  },
});

const drillDownRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/performance/$id/children",
  validateSearch: (search: Record<string, unknown>): PerformanceSearch => ({
    series: parseSeries(search.series),
    periodEnd: isoDate(search.periodEnd),
    part: parsePart(search.part),
  }),
  component: function DrillDown() {
    const { id } = drillDownRoute.useParams();
    const { series, periodEnd, part } = drillDownRoute.useSearch();
    const indicatorId = parseIndicatorId(id);
    return guarded(
      CHILD_READ,
      indicatorId && periodEnd ? (
        <DrillDownPage
          id={indicatorId}
          series={series ?? "month"}
          periodEnd={periodEnd}
          part={part ?? "numerator"}
        />
      ) : (
        <NotFoundPage />
      ),
    );
  },
});

const noticeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/plan/notice",
  // Set by the record-the-notice form, so the page can say how many calendar items it set.
  validateSearch: (search: Record<string, unknown>): { reportingItems?: number | undefined } => ({
    reportingItems: positiveInt(search.reportingItems),
  }),
  component: function Notice() {
    const { reportingItems } = noticeRoute.useSearch();
    return guarded(["plan.read"], <NoticePage reportingItems={reportingItems} />);
  },
});

const newNoticeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/plan/notice/new",
  component: () => guarded(["plan.manage"], <NoticeFormPage />),
});

const newActionRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/plan/actions/new",
  component: () => guarded(["plan.manage"], <NewActionPage />),
});

const planRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/plan",
  validateSearch: (
    search: Record<string, unknown>,
  ): { rag?: "red" | "amber" | "green" | "complete" | undefined } => ({
    rag: parseRag(search.rag),
  }),
  component: function Plan() {
    const { rag } = planRoute.useSearch();
    return guarded(["plan.read"], <PlanPage rag={rag} />);
  },
});

const planActionRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/plan/actions/$actionId",
  component: function PlanAction() {
    const { actionId } = planActionRoute.useParams();
    return guarded(
      ["plan.read"],
      withId(actionId, (id) => <ActionPage key={id} id={id} />),
    );
  },
});

const meetingsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/board",
  component: () => guarded(["board.read"], <MeetingsPage />),
});

const meetingRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/board/meetings/$meetingId",
  component: function Meeting() {
    const { meetingId } = meetingRoute.useParams();
    return guarded(
      ["board.read"],
      withId(meetingId, (id) => <MeetingPage key={id} id={id} />),
    );
  },
});

const boardActionsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/board/actions",
  component: () => guarded(["board.read"], <BoardActionsPage />),
});

const calendarRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/board/calendar",
  validateSearch: (
    search: Record<string, unknown>,
  ): { show?: "overdue" | "due" | "upcoming" | "delivered" | undefined } => ({
    show: parseCalendarShow(search.show),
  }),
  component: function Calendar() {
    const { show } = calendarRoute.useSearch();
    return guarded(["board.read"], <CalendarPage show={show} />);
  },
});

const reportRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/board/reports/$reportId",
  component: function Report() {
    const { reportId } = reportRoute.useParams();
    return guarded(
      ["board.read"],
      withId(reportId, (id) => <ReportPage key={id} id={id} />),
    );
  },
});

const adminRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/admin",
  component: AdminIndexPage,
});

const usersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/admin/users",
  component: () => guarded(["users.manage"], <UsersPage />),
});

const userRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/admin/users/$userId",
  component: function User() {
    const { userId } = userRoute.useParams();
    return guarded(
      ["users.manage"],
      withId(userId, (id) => <EditUserPage key={id} id={id} />),
    );
  },
});

const teamsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/admin/teams",
  component: () => guarded(["teams.manage"], <TeamsPage />),
});

const teamRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/admin/teams/$teamId",
  component: function Team() {
    const { teamId } = teamRoute.useParams();
    return guarded(
      ["teams.manage"],
      withId(teamId, (id) => <EditTeamPage key={id} id={id} />),
    );
  },
});

const rolesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/admin/roles",
  component: () => guarded(["roles.read"], <RolesPage />),
});

const alertsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/admin/alerts",
  validateSearch: (search: Record<string, unknown>): { status?: "open" | "all" | undefined } => ({
    status: search.status === "all" ? "all" : search.status === "open" ? "open" : undefined,
  }),
  component: function Alerts() {
    const { status } = alertsRoute.useSearch();
    return guarded(["alerts.review"], <AlertsPage status={status ?? "open"} />);
  },
});

const auditRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/audit",
  validateSearch: parseAuditSearch,
  component: function Audit() {
    const search = auditRoute.useSearch();
    return guarded(["audit.read"], <AuditPage search={search} />);
  },
});

const routeTree = rootRoute.addChildren([
  signInRoute,
  homeRoute,
  accountRoute,
  changePasswordRoute,
  childrenRoute,
  childRoute,
  accessLogRoute,
  importsRoute,
  importRoute,
  scorecardRoute,
  exceptionsRoute,
  indicatorRoute,
  drillDownRoute,
  noticeRoute,
  newNoticeRoute,
  planRoute,
  newActionRoute,
  planActionRoute,
  meetingsRoute,
  meetingRoute,
  boardActionsRoute,
  calendarRoute,
  reportRoute,
  adminRoute,
  usersRoute,
  userRoute,
  teamsRoute,
  teamRoute,
  rolesRoute,
  alertsRoute,
  auditRoute,
]);

export const router = createRouter({
  routeTree,
  parseSearch,
  stringifySearch,
  defaultNotFoundComponent: () => <NotFoundPage />,
});

declare module "@tanstack/react-router" {
  interface Register {
    router: typeof router;
  }
}
