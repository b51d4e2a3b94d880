/** One page of an import's problems: where each is in the file, its rule and what is wrong. */
import type { z } from "zod";
import type { importProblem } from "../../../cases/imports/api.ts";
import { ScrollRegion } from "../../components/ScrollRegion.tsx";
import { Tag } from "../../components/Tag.tsx";
import { formatCount, severityTag } from "./labels.ts";
import { Breakable } from "./RunParts.tsx";

type ImportProblem = z.infer<typeof importProblem>;

/** An XML element path may wrap only between its elements, never inside a name. */
function ElementPath({ path }: { path: string }) {
  const segments = path.split("/");
  return (
    <span className="app-code">
      {segments.map((segment, index) => (
        // Segments can repeat, but their positions cannot.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <span key={index}>
          {index > 0 ? "/" : ""}
          {segment}
          {index < segments.length - 1 ? <wbr /> : null}
        </span>
      ))}
    </span>
  );
}

function Place({ problem }: { problem: ImportProblem }) {
  if (problem.row !== null) return <>Row {formatCount(problem.row)}</>;
  if (problem.line !== null) return <>Line {formatCount(problem.line)}</>;
  return <>Whole file</>;
}

function Column({ problem }: { problem: ImportProblem }) {
  if (problem.column) return <span className="app-code">{problem.column}</span>;
  if (problem.path) return <ElementPath path={problem.path} />;
  return null;
}

export function ProblemsTable({
  problems,
  caption,
  firstNumber,
}: {
  problems: ImportProblem[];
  caption: string;
  /** The number of the first problem on this page, counting from 1. */
  firstNumber: number;
}) {
  return (
    <ScrollRegion label={caption}>
      <table className="govuk-table app-table--small">
        <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              File
            </th>
            <th scope="col" className="govuk-table__header">
              Row or line
            </th>
            <th scope="col" className="govuk-table__header">
              Column or element
            </th>
            <th scope="col" className="govuk-table__header">
              Rule
            </th>
            <th scope="col" className="govuk-table__header">
              Severity
            </th>
            <th scope="col" className="govuk-table__header">
              Message
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {problems.map((problem, index) => {
            const { label, colour } = severityTag(problem.severity);
            return (
              // Problems have no id of their own; their place in the list is fixed by the server.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <tr className="govuk-table__row" key={firstNumber + index}>
                <td className="govuk-table__cell app-file-name">
                  <Breakable text={problem.file} />
                </td>
                <td className="govuk-table__cell app-nowrap">
                  <Place problem={problem} />
                </td>
                <td className="govuk-table__cell app-problem-place">
                  <Column problem={problem} />
                </td>
                <td className="govuk-table__cell app-code">
                  <Breakable text={problem.rule} />
                </td>
                <td className="govuk-table__cell">
                  <Tag colour={colour}>{label}</Tag>
                </td>
                <td className="govuk-table__cell app-problem-message">{problem.message}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
