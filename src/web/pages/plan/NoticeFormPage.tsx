/**
 * The page for recording the Improvement Notice, for plan managers. Waymark runs one
 * notice at a time, so once one is recorded the page says so instead of offering the form.
 */
import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { Loading } from "../../components/Loading.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { formatDate } from "../../format.ts";
import { ProblemPage } from "../ProblemPage.tsx";
import { NoticeForm } from "./NoticeForm.tsx";
import { PlanNav } from "./PlanNav.tsx";
import { noticeQuery } from "./queries.ts";

const TITLE = "Record the Improvement Notice";

function BackLink() {
  return (
    <Link to="/plan/notice" className="govuk-back-link">
      Back to the notice
    </Link>
  );
}

export function NoticeFormPage() {
  const notice = useQuery(noticeQuery);
  if (notice.isError) return <ProblemPage error={notice.error} />;
  return (
    <>
      <PlanNav />
      <BackLink />
      <PageHeading caption="Improvement Notice">{TITLE}</PageHeading>
      {notice.isPending ? (
        <Loading what="Checking for a recorded notice" />
      ) : notice.data.notice ? (
        <p className="govuk-body app-measure">
          The notice issued on {formatDate(notice.data.notice.issuedOn)} is already recorded, and
          Waymark runs one notice at a time.{" "}
          <Link to="/plan/notice" className="govuk-link">
            Read the notice
          </Link>
          .
        </p>
      ) : (
        <>
          <p className="govuk-body app-measure">
            Copy the notice as the minister issued it. Saving it also sets the reporting calendar
            the notice requires: the initial report, plan approval, monthly Board meetings,
            quarterly reports to the minister and the formal reviews.
          </p>
          <NoticeForm />
        </>
      )}
    </>
  );
}
