/** The ICS implementation issue log, as the Board reviews it: each issue, its impact and what was done. */
import type { z } from "zod";
import type { planResponse } from "../../../plan/api.ts";
import { ScrollRegion } from "../../components/ScrollRegion.tsx";
import { Tag } from "../../components/Tag.tsx";
import { formatDate } from "../../format.ts";
import { ICS_STATUS_LABELS } from "./labels.ts";

type Issue = z.infer<typeof planResponse>["icsIssues"][number];

export function IcsIssuesTable({ issues }: { issues: Issue[] }) {
  if (issues.length === 0) return <p className="govuk-body">No ICS issues have been logged.</p>;
  return (
    <ScrollRegion label="ICS issue log">
      <table className="govuk-table app-table--small">
        <caption className="govuk-table__caption govuk-table__caption--s">ICS issue log</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {["Ref", "Raised", "Issue", "Impact", "Action taken", "Status"].map((heading) => (
              <th scope="col" className="govuk-table__header" key={heading}>
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {issues.map((issue) => (
            <tr className="govuk-table__row" key={issue.id}>
              <th scope="row" className="govuk-table__header app-nowrap">
                {issue.ref}
              </th>
              <td className="govuk-table__cell app-nowrap">{formatDate(issue.raisedOn)}</td>
              <td className="govuk-table__cell">{issue.issue}</td>
              <td className="govuk-table__cell">{issue.impact}</td>
              <td className="govuk-table__cell">{issue.actionTaken}</td>
              <td className="govuk-table__cell">
                <Tag colour={issue.status === "open" ? "yellow" : "grey"}>
                  {ICS_STATUS_LABELS[issue.status] ?? issue.status}
                </Tag>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
