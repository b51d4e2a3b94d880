/** Who was expected at the meeting and whether they came, as the minutes record it. */
import type { Meeting } from "./types.ts";

function attended(present: boolean | null): string {
  if (present === null) return "Not recorded";
  return present ? "Present" : "Absent";
}

export function AttendanceTable({ attendance }: { attendance: Meeting["attendance"] }) {
  if (attendance.length === 0) return <p className="govuk-body">No members are recorded.</p>;
  return (
    <table className="govuk-table app-table--small app-measure-wide">
      <caption className="govuk-table__caption govuk-table__caption--s">Attendance</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Member
          </th>
          <th scope="col" className="govuk-table__header">
            Role
          </th>
          <th scope="col" className="govuk-table__header">
            Attendance
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {attendance.map((member) => (
          <tr className="govuk-table__row" key={member.memberId}>
            <th scope="row" className="govuk-table__header govuk-!-font-weight-regular">
              {member.name}
            </th>
            <td className="govuk-table__cell">
              {member.role}
              <span className="app-cell-note app-secondary-text">{member.organisation}</span>
            </td>
            <td className="govuk-table__cell">{attended(member.present)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
