/**
 * Where a generated pack or report is read: its web page opens in a new tab, its PDF
 * downloads. The hidden text names which one, for screen readers listing the links.
 */
import { packUrl } from "./queries.ts";

export function DocumentLinks({ id, name, open }: { id: number; name: string; open: string }) {
  const which = (
    <span className="govuk-visually-hidden">
      : {name}, number {id}
    </span>
  );
  return (
    <ul className="govuk-list app-compact-list">
      <li>
        <a className="govuk-link" href={packUrl(id, "html")} target="_blank" rel="noopener">
          {open} (opens in new tab)
          {which}
        </a>
      </li>
      <li>
        <a className="govuk-link" href={packUrl(id, "pdf")} download>
          Download the PDF
          {which}
        </a>
      </li>
    </ul>
  );
}
