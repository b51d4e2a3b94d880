/**
 * Board actions in a table: what, set at which meeting, owner, due, and the state in words
 * with why. Users who record the Board's business can mark an open action done.
 */
import { Link } from "@tanstack/react-router";
import { RatedTag } from "../../components/RatedTag.tsx";
import { ScrollRegion } from "../../components/ScrollRegion.tsx";
import { formatDate } from "../../format.ts";
import { ACTION_STATE, actionReason } from "./labels.ts";
import { MarkDoneForm } from "./MarkDoneForm.tsx";
import type { BoardAction } from "./types.ts";

interface Props {
  /** Tells this table's forms apart from another table's on the same page. */
  name: string;
  caption: string;
  actions: BoardAction[];
  today: string;
  canRecord: boolean;
}

export function BoardActionsTable({ name, caption, actions, today, canRecord }: Props) {
  return (
    <ScrollRegion label={caption}>
      <table className="govuk-table app-table--small app-board-actions">
        {/* The section's heading is on screen; the caption names the table for screen readers. */}
        <caption className="govuk-table__caption govuk-visually-hidden">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header app-board-actions__text">
              Action
            </th>
            <th scope="col" className="govuk-table__header">
              Owner
            </th>
            <th scope="col" className="govuk-table__header">
              Due
            </th>
            <th scope="col" className="govuk-table__header app-board-actions__state">
              State
            </th>
            {canRecord ? (
              <th scope="col" className="govuk-table__header app-board-actions__done">
                <span className="govuk-visually-hidden">Mark done</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {actions.map((action) => {
            const state = ACTION_STATE[action.state] ?? { label: action.state, colour: "grey" };
            return (
              <tr className="govuk-table__row" key={action.id}>
                <td className="govuk-table__cell">
                  {action.text}
                  <span className="app-cell-note app-secondary-text">
                    Set at{" "}
                    <Link
                      to="/board/meetings/$meetingId"
                      params={{ meetingId: String(action.meetingId) }}
                      className="govuk-link"
                    >
                      {action.meetingTitle}
                    </Link>
                  </span>
                </td>
                <td className="govuk-table__cell">{action.owner}</td>
                <td className="govuk-table__cell app-nowrap">{formatDate(action.dueDate)}</td>
                <td className="govuk-table__cell">
                  <RatedTag
                    label={state.label}
                    colour={state.colour}
                    reason={actionReason(action)}
                  />
                </td>
                {canRecord ? (
                  <td className="govuk-table__cell">
                    {action.doneOn ? null : (
                      <MarkDoneForm action={action} today={today} idPrefix={name} />
                    )}
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
