/**
 * An action's milestones: each with its date and whether (and when) it was done. Where
 * the user may update the action, each open milestone's row has a control to mark it done.
 */
import type { ReactNode } from "react";
import { Tag } from "../../components/Tag.tsx";
import { formatDate } from "../../format.ts";
import type { ActionSummary } from "./ActionsTable.tsx";

type Milestone = ActionSummary["milestones"][number];

export function MilestonesTable({
  milestones,
  asAt,
  markDone,
}: {
  milestones: Milestone[];
  asAt: string;
  /** The "Mark done" control for an open milestone, for people who may update the action. */
  markDone?: ((milestone: Milestone) => ReactNode) | undefined;
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
          {markDone ? (
            <th scope="col" className="govuk-table__header">
              <span className="govuk-visually-hidden">Mark done</span>
            </th>
          ) : null}
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
            {markDone ? (
              <td className="govuk-table__cell">{milestone.doneOn ? null : markDone(milestone)}</td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
