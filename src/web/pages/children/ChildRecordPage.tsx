/**
 * One child's record: the facts, allocation history, why the user may see it, and the
 * tools their role allows (who has viewed it, restricting it). A refusal shows the
 * access-denied page, which offers break-glass where the role allows it.
 */
import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { type ReactNode, useState } from "react";
import { accessDeniedDetails } from "../../../cases/api.ts";
import { ApiError } from "../../api-client.ts";
import { Loading } from "../../components/Loading.tsx";
import { NotificationBanner } from "../../components/NotificationBanner.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { Tag } from "../../components/Tag.tsx";
import { formatDate, formatDateTime } from "../../format.ts";
import { useSignedIn } from "../../session.ts";
import { ProblemPage } from "../ProblemPage.tsx";
import { AccessDenied } from "./AccessDenied.tsx";
import { AllocationHistory } from "./AllocationHistory.tsx";
import { childQuery } from "./childQuery.ts";
import { accessBasisLabel, sexLabel } from "./labels.ts";
import { RestrictionForm } from "./RestrictionForm.tsx";

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value">{children}</dd>
    </div>
  );
}

export function ChildRecordPage({ id }: { id: number }) {
  const session = useSignedIn();
  const child = useQuery(childQuery(id));
  const [grantedUntil, setGrantedUntil] = useState<string | null>(null);

  if (child.isError) {
    const error = child.error;
    if (error instanceof ApiError && error.code === "child_access_denied") {
      const details = accessDeniedDetails.safeParse(error.details);
      return (
        <AccessDenied
          id={id}
          canBreakGlass={details.success && details.data.canBreakGlass}
          onGranted={setGrantedUntil}
        />
      );
    }
    return <ProblemPage error={error} />;
  }
  if (child.isPending) {
    return (
      <>
        <PageHeading>Child's record</PageHeading>
        <Loading what="Loading the record" />
      </>
    );
  }

  const record = child.data;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {record.accessBasis === "break_glass" ? (
          <NotificationBanner
            heading="You are using break-glass access"
            autoFocus={grantedUntil !== null}
          >
            <p className="govuk-body">
              {grantedUntil ? `Your access ends at ${formatDateTime(grantedUntil)}. ` : null}
              Your reason and every view of this record are logged, and an administrator will review
              this use.
            </p>
          </NotificationBanner>
        ) : null}
        <PageHeading title={`Child ${record.laChildId}`} caption="Child's record">
          {record.laChildId}
        </PageHeading>
        {record.restricted ? (
          <p className="govuk-body">
            <Tag colour="red">Restricted</Tag> Only the people named on this record can see it.
          </p>
        ) : null}

        <dl className="govuk-summary-list">
          <Row label="LA child ID">{record.laChildId}</Row>
          <Row label="Unique pupil number (UPN)">{record.upn ?? "Not recorded"}</Row>
          <Row label="Date of birth">{formatDate(record.dateOfBirth) || "Not recorded"}</Row>
          <Row label="Sex">{sexLabel(record.sex)}</Row>
          <Row label="Ethnicity">{record.ethnicity ?? "Not recorded"}</Row>
          <Row label="Disabilities">
            {record.disabilities.length > 0 ? (
              <ul className="govuk-list">
                {record.disabilities.map((disability) => (
                  <li key={disability}>{disability}</li>
                ))}
              </ul>
            ) : (
              "None recorded"
            )}
          </Row>
          <Row label="Record access">
            {record.restricted ? "Restricted to named people" : "Standard"}
          </Row>
          <Row label="Why you can see it">{accessBasisLabel(record.accessBasis)}</Row>
        </dl>

        <AllocationHistory allocations={record.allocations} />

        {session.can("child.access_log") ? (
          <p className="govuk-body">
            <Link
              to="/children/$childId/access-log"
              params={{ childId: String(id) }}
              className="govuk-link"
            >
              Who has viewed this record
            </Link>
          </p>
        ) : null}

        {session.can("child.restrict") ? (
          <RestrictionForm id={id} restricted={record.restricted} />
        ) : null}
      </div>
    </div>
  );
}
