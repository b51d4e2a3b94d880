/**
 * The versions of this quarterly report generated so far, newest first, that this user
 * may read (the server leaves out the Board's version for roles that see small numbers
 * withheld). Each is a locked snapshot: a later one never changes an earlier one.
 */
import { Link } from "@tanstack/react-router";
import { formatDateTime } from "../../format.ts";
import { ReportLinks } from "./ReportLinks.tsx";
import { REPORT_AUDIENCE, type ReportPack } from "./report-labels.ts";

interface Props {
  packs: ReportPack[];
  caption?: string;
  /** On a meeting's page, where reports of several quarters may be listed, name each one. */
  withTitle?: boolean;
}

export function ReportPacksTable({
  packs,
  caption = "Generated reports",
  withTitle = false,
}: Props) {
  if (packs.length === 0)
    return <p className="govuk-body">No version of this report you can read has been generated.</p>;
  return (
    <table className="govuk-table app-table--small app-measure-wide">
      <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            {withTitle ? "Report" : "Version"}
          </th>
          <th scope="col" className="govuk-table__header">
            Generated
          </th>
          <th scope="col" className="govuk-table__header">
            Read it
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {packs.map((pack) => {
          const audience = REPORT_AUDIENCE[pack.audience];
          return (
            <tr className="govuk-table__row" key={pack.id}>
              <th scope="row" className="govuk-table__header">
                {withTitle && pack.reportingItemId !== null ? (
                  <>
                    <Link
                      to="/board/reports/$reportId"
                      params={{ reportId: String(pack.reportingItemId) }}
                      className="govuk-link"
                    >
                      {pack.reportTitle}
                    </Link>
                    <span className="app-cell-note govuk-!-font-weight-regular">
                      {audience?.label ?? pack.audience}: {audience?.note.toLowerCase() ?? ""}
                    </span>
                  </>
                ) : (
                  <>
                    {audience?.label ?? pack.audience}
                    <span className="app-cell-note govuk-!-font-weight-regular">
                      {audience?.note ?? ""}
                    </span>
                  </>
                )}
              </th>
              <td className="govuk-table__cell">
                {formatDateTime(pack.createdAt)}
                {pack.createdBy ? <span className="app-cell-note">by {pack.createdBy}</span> : null}
              </td>
              <td className="govuk-table__cell">
                <ReportLinks pack={pack} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
