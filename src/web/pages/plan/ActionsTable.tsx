/** Plan actions in a table: reference, title (to the action's page), owners, due date, progress and rating. */
import { Link } from "@tanstack/react-router";
import type { z } from "zod";
import type { actionSummary } from "../../../plan/api.ts";
import { ScrollRegion } from "../../components/ScrollRegion.tsx";
import { formatDate } from "../../format.ts";
import { ActionRating } from "./ActionRating.tsx";

export type ActionSummary = z.infer<typeof actionSummary>;

export function ActionsTable({ caption, actions }: { caption: string; actions: ActionSummary[] }) {
  return (
    <ScrollRegion label={caption}>
      <table className="govuk-table app-table--small app-plan-table">
        <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header app-plan-table__ref">
              Ref
            </th>
            <th scope="col" className="govuk-table__header app-plan-table__title">
              Action
            </th>
            <th scope="col" className="govuk-table__header app-plan-table__owners">
              Owners
            </th>
            <th scope="col" className="govuk-table__header app-plan-table__due">
              Due
            </th>
            <th
              scope="col"
              className="govuk-table__header govuk-table__header--numeric app-plan-table__done"
            >
              Complete
            </th>
            <th scope="col" className="govuk-table__header app-plan-table__rag">
              Rating
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {actions.map((action) => (
            <tr className="govuk-table__row" key={action.id}>
              <td className="govuk-table__cell app-nowrap">{action.ref}</td>
              <th scope="row" className="govuk-table__header govuk-!-font-weight-regular">
                <Link
                  to="/plan/actions/$actionId"
                  params={{ actionId: String(action.id) }}
                  className="govuk-link"
                >
                  {action.title}
                </Link>
              </th>
              <td className="govuk-table__cell">
                <ul className="govuk-list app-compact-list">
                  {action.owners.map((owner) => (
                    <li key={owner.owner}>{owner.owner}</li>
                  ))}
                </ul>
              </td>
              <td className="govuk-table__cell app-nowrap">{formatDate(action.dueDate)}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                {action.percentComplete}%
              </td>
              <td className="govuk-table__cell">
                <ActionRating rag={action.rag} reason={action.reason} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
