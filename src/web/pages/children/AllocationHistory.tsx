/** Who a child has been allocated to, latest first as the server gives it. */
import { formatDate } from "../../format.ts";

interface Allocation {
  teamName: string;
  workerName: string | null;
  startDate: string;
  endDate: string | null;
}

export function AllocationHistory({ allocations }: { allocations: Allocation[] }) {
  if (allocations.length === 0) {
    return (
      <>
        <h2 className="govuk-heading-m">Allocation history</h2>
        <p className="govuk-body">This child has never been allocated to a team.</p>
      </>
    );
  }
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--m">Allocation history</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Team
          </th>
          <th scope="col" className="govuk-table__header">
            Worker
          </th>
          <th scope="col" className="govuk-table__header">
            From
          </th>
          <th scope="col" className="govuk-table__header">
            To
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {allocations.map((allocation) => (
          <tr
            className="govuk-table__row"
            key={`${allocation.teamName}-${allocation.startDate}-${allocation.workerName ?? ""}`}
          >
            <th scope="row" className="govuk-table__header">
              {allocation.teamName}
            </th>
            <td className="govuk-table__cell">{allocation.workerName ?? "No named worker"}</td>
            <td className="govuk-table__cell">{formatDate(allocation.startDate)}</td>
            <td className="govuk-table__cell">
              {allocation.endDate ? formatDate(allocation.endDate) : "Current"}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
