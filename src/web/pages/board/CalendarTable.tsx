/**
 * The reporting calendar's items: what is due, when, who owns it, and where it stands in
 * words with the reason. People who keep the calendar can mark an item delivered.
 */
import { Link } from "@tanstack/react-router";
import { RatedTag } from "../../components/RatedTag.tsx";
import { ScrollRegion } from "../../components/ScrollRegion.tsx";
import { formatDate } from "../../format.ts";
import { CALENDAR_KIND_LABELS, CALENDAR_STATE } from "./labels.ts";
import { MarkDeliveredForm } from "./MarkDeliveredForm.tsx";
import type { CalendarItem } from "./types.ts";

interface Props {
  caption: string;
  items: CalendarItem[];
  today: string;
  canUpdate: boolean;
}

export function CalendarTable({ caption, items, today, canUpdate }: Props) {
  return (
    <ScrollRegion label={caption}>
      <table className="govuk-table app-table--small app-calendar">
        <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header app-calendar__item">
              Item
            </th>
            <th scope="col" className="govuk-table__header">
              Due
            </th>
            <th scope="col" className="govuk-table__header">
              Owner
            </th>
            <th scope="col" className="govuk-table__header app-calendar__state">
              State
            </th>
            {canUpdate ? (
              <th scope="col" className="govuk-table__header app-calendar__deliver">
                <span className="govuk-visually-hidden">Mark delivered</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {items.map((item) => {
            const state = CALENDAR_STATE[item.state] ?? { label: item.state, colour: "grey" };
            return (
              <tr className="govuk-table__row" key={item.id}>
                <th scope="row" className="govuk-table__header govuk-!-font-weight-regular">
                  {/* A quarterly report has a page of its own, where it is written and generated. */}
                  {item.kind === "quarterly_report" ? (
                    <Link
                      to="/board/reports/$reportId"
                      params={{ reportId: String(item.id) }}
                      className="govuk-link"
                    >
                      {item.title}
                    </Link>
                  ) : (
                    item.title
                  )}
                  <span className="app-cell-note app-secondary-text">
                    {CALENDAR_KIND_LABELS[item.kind] ?? item.kind}
                  </span>
                </th>
                <td className="govuk-table__cell app-nowrap">{formatDate(item.dueDate)}</td>
                <td className="govuk-table__cell">{item.owner}</td>
                <td className="govuk-table__cell">
                  <RatedTag label={state.label} colour={state.colour} reason={item.reason} />
                  {item.note ? <span className="app-cell-note app-prose">{item.note}</span> : null}
                </td>
                {canUpdate ? (
                  <td className="govuk-table__cell">
                    {item.deliveredOn ? null : <MarkDeliveredForm item={item} today={today} />}
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
