/**
 * What a performance officer reads first about a file: how many records of each type it
 * held, and its problems grouped under the headings they act on, then by rule.
 */
import type { z } from "zod";
import type { qualitySummary } from "../../../cases/imports/api.ts";
import { Tag } from "../../components/Tag.tsx";
import { formatCount, recordTypeLabel, severityTag } from "./labels.ts";
import { Breakable } from "./RunParts.tsx";

type Summary = z.infer<typeof qualitySummary>;

function CountTable({
  caption,
  keyHeading,
  rows,
}: {
  caption: string;
  keyHeading: string;
  rows: { key: string; label: string; count: number }[];
}) {
  return (
    <table className="govuk-table app-measure">
      <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            {keyHeading}
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            Number
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((row) => (
          <tr className="govuk-table__row" key={row.key}>
            <th scope="row" className="govuk-table__header">
              {row.label}
            </th>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              {formatCount(row.count)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function DataQuality({ summary, loaded }: { summary: Summary; loaded: boolean }) {
  const records = Object.entries(summary.recordsByType);
  const headings = [
    {
      key: "dates",
      label: "Date errors, such as an end before a start or a date that is not a real date",
      count: summary.dateErrors,
    },
    { key: "codes", label: "Unknown codes", count: summary.unknownCodes },
    { key: "mandatory", label: "Missing mandatory fields", count: summary.missingMandatory },
    { key: "errors", label: "Other errors", count: summary.otherErrors },
    { key: "warnings", label: "Other warnings", count: summary.otherWarnings },
  ];
  return (
    <section aria-labelledby="quality-heading">
      <h2 className="govuk-heading-m" id="quality-heading">
        Data quality
      </h2>
      {records.length > 0 ? (
        <CountTable
          caption={
            loaded ? "Records loaded, by type" : "Records found in the file (none were loaded)"
          }
          keyHeading="Record type"
          rows={records.map(([type, count]) => ({
            key: type,
            label: recordTypeLabel(type),
            count,
          }))}
        />
      ) : (
        <p className="govuk-body">
          No records were {loaded ? "loaded from" : "read from"} this file.
        </p>
      )}
      <CountTable caption="Problems by heading" keyHeading="Heading" rows={headings} />
      {summary.byRule.length > 0 ? (
        <table className="govuk-table app-measure">
          <caption className="govuk-table__caption govuk-table__caption--s">
            Problems by rule
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Rule
              </th>
              <th scope="col" className="govuk-table__header">
                Severity
              </th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                Number
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {summary.byRule.map((entry) => {
              const { label, colour } = severityTag(entry.severity);
              return (
                <tr className="govuk-table__row" key={`${entry.rule}|${entry.severity}`}>
                  <th scope="row" className="govuk-table__header app-code">
                    <Breakable text={entry.rule} />
                  </th>
                  <td className="govuk-table__cell">
                    <Tag colour={colour}>{label}</Tag>
                  </td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">
                    {formatCount(entry.count)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <p className="govuk-body">Waymark found no problems in this file.</p>
      )}
    </section>
  );
}
