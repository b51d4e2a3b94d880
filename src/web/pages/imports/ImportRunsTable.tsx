/** Every import run, newest first, each linking to its data-quality report. */
import { Link } from "@tanstack/react-router";
import type { ImportRun } from "../../../cases/imports/api.ts";
import { ScrollRegion } from "../../components/ScrollRegion.tsx";
import { formatDateTime } from "../../format.ts";
import { formatCount, formatLabel, totalRecords } from "./labels.ts";
import { Breakable, Collection, StatusTag, When } from "./RunParts.tsx";

const COLUMNS = [
  "When",
  "File",
  "Format",
  "Collection",
  "Who",
  "Status",
  "Records loaded",
  "Errors",
  "Warnings",
  "Report",
] as const;
const NUMERIC = new Set<string>(["Records loaded", "Errors", "Warnings"]);

export function ImportRunsTable({ runs }: { runs: ImportRun[] }) {
  return (
    <ScrollRegion label="Import runs">
      <table className="govuk-table app-table--small app-table--compact">
        <caption className="govuk-table__caption govuk-table__caption--m">Import runs</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {COLUMNS.map((column) => (
              <th
                key={column}
                scope="col"
                className={`govuk-table__header${NUMERIC.has(column) ? " govuk-table__header--numeric" : ""}`}
              >
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {runs.map((run) => (
            <tr className="govuk-table__row" key={run.id}>
              <td className="govuk-table__cell">
                <When iso={run.startedAt} />
              </td>
              <th scope="row" className="govuk-table__header app-file-name">
                <Breakable text={run.fileName} />
              </th>
              <td className="govuk-table__cell">{formatLabel(run.format)}</td>
              <td className="govuk-table__cell">
                <Collection sourceKey={run.sourceKey} referenceDate={run.referenceDate} compact />
              </td>
              <td className="govuk-table__cell">{run.username ?? "System"}</td>
              <td className="govuk-table__cell">
                <StatusTag status={run.status} />
              </td>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                {formatCount(run.status === "loaded" ? totalRecords(run.counts) : 0)}
              </td>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                {formatCount(run.errorCount)}
              </td>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                {formatCount(run.warningCount)}
              </td>
              <td className="govuk-table__cell">
                <Link
                  to="/imports/$importId"
                  params={{ importId: String(run.id) }}
                  className="govuk-link"
                >
                  Report
                  <span className="govuk-visually-hidden">
                    {" "}
                    on {run.fileName}, imported {formatDateTime(run.startedAt)}
                  </span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
