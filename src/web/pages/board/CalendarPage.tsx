/**
 * The reporting calendar the Improvement Notice sets: the initial report, plan approval,
 * monthly Board meetings, quarterly reports and reviews, each with where it stands and
 * why, filterable to what is overdue or due soon.
 */
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Loading } from "../../components/Loading.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { formatDate } from "../../format.ts";
import { ProblemPage } from "../ProblemPage.tsx";
import { BoardNav } from "./BoardNav.tsx";
import { CalendarFilterNav } from "./CalendarFilterNav.tsx";
import { CalendarTable } from "./CalendarTable.tsx";
import { CALENDAR_FILTERS, type CalendarShow } from "./labels.ts";
import { calendarQuery } from "./queries.ts";

export function CalendarPage({ show }: { show: CalendarShow | undefined }) {
  const query = useQuery({ ...calendarQuery, placeholderData: keepPreviousData });
  if (query.isError) return <ProblemPage error={query.error} />;
  if (query.isPending) {
    return (
      <>
        <BoardNav />
        <PageHeading>Reporting calendar</PageHeading>
        <Loading what="Loading the calendar" />
      </>
    );
  }
  const { today, items, canUpdate } = query.data;
  const filter = CALENDAR_FILTERS.find((f) => f.show === show);
  const shown = filter
    ? items.filter((item) => (filter.states as readonly string[]).includes(item.state))
    : items;
  const caption = filter ? `${filter.label}: reporting calendar` : "Reporting calendar";
  return (
    <>
      <BoardNav />
      <PageHeading caption={`As at ${formatDate(today)}`} title="Reporting calendar">
        Reporting calendar
      </PageHeading>
      <p className="govuk-body app-measure-wide">
        What the Improvement Notice requires and when: the chair's initial report to the minister
        within six weeks, the plan's approval, a Board meeting every month, quarterly progress
        reports, and the formal reviews.
      </p>
      <CalendarFilterNav items={items} current={show} />
      {shown.length === 0 ? (
        <p className="govuk-body">No item is {filter?.label.toLowerCase() ?? "recorded"}.</p>
      ) : (
        <CalendarTable caption={caption} items={shown} today={today} canUpdate={canUpdate} />
      )}
    </>
  );
}
