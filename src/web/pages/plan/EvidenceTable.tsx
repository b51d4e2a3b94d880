/**
 * The evidence an action rests on: files (with their size, and a download link) and links
 * to documents held elsewhere, each with who added it and when.
 */
import type { z } from "zod";
import type { actionResponse } from "../../../plan/api.ts";
import { ScrollRegion } from "../../components/ScrollRegion.tsx";
import { formatDateTime } from "../../format.ts";
import { formatBytes } from "./labels.ts";

type Evidence = z.infer<typeof actionResponse>["evidence"][number];

function What({ item }: { item: Evidence }) {
  if (item.kind === "file") {
    return (
      <>
        <a className="govuk-link" href={`/api/plan/evidence/${item.id}/file`} download>
          {item.title}
        </a>
        <span className="app-cell-note app-file-name">
          {item.fileName}
          {item.byteSize !== null ? `, ${formatBytes(item.byteSize)}` : ""}
        </span>
      </>
    );
  }
  return (
    <>
      <a className="govuk-link" href={item.url ?? "#"} rel="noopener noreferrer" target="_blank">
        {item.title}
        <span className="govuk-visually-hidden"> (opens in a new tab)</span>
      </a>
      <span className="app-cell-note app-file-name app-secondary-text">{item.url}</span>
    </>
  );
}

export function EvidenceTable({ evidence }: { evidence: Evidence[] }) {
  if (evidence.length === 0) return <p className="govuk-body">No evidence has been added yet.</p>;
  return (
    <ScrollRegion label="Evidence">
      <table className="govuk-table app-table--small">
        <caption className="govuk-table__caption govuk-table__caption--s govuk-visually-hidden">
          Evidence
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Evidence
            </th>
            <th scope="col" className="govuk-table__header">
              Kind
            </th>
            <th scope="col" className="govuk-table__header">
              Added
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {evidence.map((item) => (
            <tr className="govuk-table__row" key={item.id}>
              <td className="govuk-table__cell">
                <What item={item} />
              </td>
              <td className="govuk-table__cell">{item.kind === "file" ? "File" : "Link"}</td>
              <td className="govuk-table__cell">
                {formatDateTime(item.recordedAt)}
                {item.recordedBy ? (
                  <span className="app-cell-note">by {item.recordedBy}</span>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
