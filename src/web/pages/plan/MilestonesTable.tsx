/** An action's milestones: each with its date and whether (and when) it was done. */
import { Tag } from "../../components/Tag.tsx";
import { formatDate } from "../../format.ts";
import type { ActionSummary } from "./ActionsTable.tsx";

export function MilestonesTable({
  milestones,
  asAt,
}: {
  milestones: ActionSummary["milestones"];
  asAt: string;
}) {
  if (milestones.length === 0) return <p className="govuk-body">This action has no milestones.</p>;
  return (
    <table className="govuk-table app-table--small app-measure-wide">
      <caption className="govuk-table__caption govuk-table__caption--s govuk-visually-hidden">
        Milestones
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Milestone
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
        {milestones.map((milestone) => (
          <tr className="govuk-table__row" key={milestone.id}>
            <th scope="row" className="govuk-table__header govuk-!-font-weight-regular">
              {milestone.title}
            </th>
            <td className="govuk-table__cell app-nowrap">{formatDate(milestone.dueDate)}</td>
            <td className="govuk-table__cell">
              {milestone.doneOn ? (
                `Done ${formatDate(milestone.doneOn)}`
              ) : milestone.dueDate < asAt ? (
                <Tag colour="yellow">Late: not done</Tag>
              ) : (
                "Not yet"
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
