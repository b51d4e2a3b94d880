/**
 * The page for adding an action to the plan, for plan managers. An action answers one or
 * more of the notice's measures, so until a notice is recorded the page says so instead.
 */
import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { Loading } from "../../components/Loading.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { ProblemPage } from "../ProblemPage.tsx";
import { NewActionForm } from "./NewActionForm.tsx";
import { PlanNav } from "./PlanNav.tsx";
import { noticeQuery, peopleQuery } from "./queries.ts";

export function NewActionPage() {
  const notice = useQuery(noticeQuery);
  const people = useQuery(peopleQuery);
  if (notice.isError) return <ProblemPage error={notice.error} />;
  if (people.isError) return <ProblemPage error={people.error} />;
  return (
    <>
      <PlanNav />
      <Link to="/plan" className="govuk-back-link">
        Back to the plan
      </Link>
      <PageHeading caption="Improvement Plan">Add an action</PageHeading>
      {notice.isPending || people.isPending ? (
        <Loading what="Loading the notice's measures" />
      ) : notice.data.notice && notice.data.measures.length > 0 ? (
        <>
          <p className="govuk-body app-measure">
            The action is numbered in turn (A01, A02 and so on) when it is added. Progress updates
            and evidence are added on its page.
          </p>
          <NewActionForm measures={notice.data.measures} people={people.data.people} />
        </>
      ) : (
        <p className="govuk-body app-measure">
          Every action answers a measure in the Improvement Notice, and no notice is recorded yet.{" "}
          <Link to="/plan/notice" className="govuk-link">
            Go to the notice
          </Link>
          .
        </p>
      )}
    </>
  );
}
