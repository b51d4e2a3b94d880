/** The actions a meeting set: what, who, when due and whether done. */
import { formatDate } from "../../format.ts";
import type { Meeting } from "./types.ts";

export function MeetingActionsTable({ actions }: { actions: Meeting["actions"] }) {
  if (actions.length === 0) return <p className="govuk-body">This meeting set no actions.</p>;
  return (
    <table className="govuk-table app-table--small app-measure-wide">
      <caption className="govuk-table__caption govuk-table__caption--s">
        Actions set at this meeting
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Action
          </th>
          <th scope="col" className="govuk-table__header">
            Owner
          </th>
          <th scope="col" className="govuk-table__header">
            Due
          </th>
          <th scope="col" className="govuk-table__header">
            Done
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {actions.map((action) => (
          <tr className="govuk-table__row" key={action.id}>
            <td className="govuk-table__cell">{action.text}</td>
            <td className="govuk-table__cell">{action.owner}</td>
            <td className="govuk-table__cell app-nowrap">{formatDate(action.dueDate)}</td>
            <td className="govuk-table__cell app-nowrap">
              {action.doneOn ? formatDate(action.doneOn) : "Not yet"}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
