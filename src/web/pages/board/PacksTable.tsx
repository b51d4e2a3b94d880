/**
 * The packs generated for a meeting that this user may read (the server leaves out the
 * Board's pack for roles that see small numbers withheld). The HTML pack opens in a new
 * tab; the PDF downloads.
 */
import { formatDateTime } from "../../format.ts";
import { DocumentLinks } from "./DocumentLinks.tsx";
import { PACK_AUDIENCE } from "./labels.ts";
import type { Pack } from "./types.ts";

export function PackLinks({ pack }: { pack: Pack | { id: number; audience: string } }) {
  const name = PACK_AUDIENCE[pack.audience]?.label ?? `${pack.audience} pack`;
  return <DocumentLinks id={pack.id} name={name} open="Open the HTML pack" />;
}

export function PacksTable({ packs }: { packs: Pack[] }) {
  if (packs.length === 0)
    return <p className="govuk-body">No pack you can read has been generated for this meeting.</p>;
  return (
    <table className="govuk-table app-table--small app-measure-wide">
      <caption className="govuk-table__caption govuk-table__caption--s">Packs</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Pack
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
          const audience = PACK_AUDIENCE[pack.audience];
          return (
            <tr className="govuk-table__row" key={pack.id}>
              <th scope="row" className="govuk-table__header">
                {audience?.label ?? pack.audience}
                <span className="app-cell-note govuk-!-font-weight-regular">
                  {audience?.note ?? ""}
                </span>
              </th>
              <td className="govuk-table__cell">
                {formatDateTime(pack.createdAt)}
                {pack.createdBy ? <span className="app-cell-note">by {pack.createdBy}</span> : null}
              </td>
              <td className="govuk-table__cell">
                <PackLinks pack={pack} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
