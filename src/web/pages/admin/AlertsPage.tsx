/**
 * Break-glass alerts: each time someone opened a child's record outside their usual
 * access. An administrator checks each reason and records what they checked.
 */
import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { Loading } from "../../components/Loading.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { ProblemPage } from "../ProblemPage.tsx";
import { AdminNav } from "./AdminNav.tsx";
import { AlertCard } from "./AlertCard.tsx";
import { alertsQuery } from "./queries.ts";

export function AlertsPage({ status }: { status: "open" | "all" }) {
  const alerts = useQuery(alertsQuery(status));
  if (alerts.isError) return <ProblemPage error={alerts.error} />;
  const count = alerts.data?.alerts.length ?? 0;

  return (
    <>
      <AdminNav />
      <PageHeading>Break-glass alerts</PageHeading>
      <p className="govuk-body app-measure">
        Each alert is one use of break-glass access to a child's record. Check the reason makes
        sense for the person's work, then record what you checked. Raise anything that does not with
        their manager.
      </p>
      <nav className="app-filter-links" aria-label="Which alerts to show">
        <ul className="govuk-list app-inline-list">
          <li>
            {status === "open" ? (
              <strong aria-current="page">Waiting for review</strong>
            ) : (
              <Link to="/admin/alerts" search={{ status: "open" }} className="govuk-link">
                Waiting for review
              </Link>
            )}
          </li>
          <li>
            {status === "all" ? (
              <strong aria-current="page">All alerts</strong>
            ) : (
              <Link to="/admin/alerts" search={{ status: "all" }} className="govuk-link">
                All alerts
              </Link>
            )}
          </li>
        </ul>
      </nav>
      {alerts.isPending ? <Loading what="Loading alerts" /> : null}
      {alerts.data ? (
        <>
          <h2 className="govuk-heading-m">
            {count === 0
              ? status === "open"
                ? "No alerts are waiting for review"
                : "There have been no break-glass uses"
              : `${count} ${count === 1 ? "alert" : "alerts"}${status === "open" ? " waiting for review" : ""}`}
          </h2>
          {alerts.data.alerts.map((alert) => (
            <AlertCard key={alert.id} alert={alert} />
          ))}
        </>
      ) : null}
    </>
  );
}
