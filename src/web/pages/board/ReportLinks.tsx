/** Where a generated report is read: the web page opens in a new tab, the PDF downloads. */
import { packUrl } from "./queries.ts";
import { REPORT_AUDIENCE } from "./report-labels.ts";

export function ReportLinks({ pack }: { pack: { id: number; audience: string } }) {
  const name = REPORT_AUDIENCE[pack.audience]?.label.toLowerCase() ?? pack.audience;
  return (
    <ul className="govuk-list app-compact-list">
      <li>
        <a className="govuk-link" href={packUrl(pack.id, "html")} target="_blank" rel="noopener">
          Open the report (opens in new tab)
          <span className="govuk-visually-hidden">
            : {name}, number {pack.id}
          </span>
        </a>
      </li>
      <li>
        <a className="govuk-link" href={packUrl(pack.id, "pdf")} download>
          Download the PDF
          <span className="govuk-visually-hidden">
            : {name}, number {pack.id}
          </span>
        </a>
      </li>
    </ul>
  );
}
