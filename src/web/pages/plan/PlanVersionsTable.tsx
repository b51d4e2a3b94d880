/**
 * The plan's saved versions: a draft until the Board approves it at a meeting, then
 * locked. Used on the plan page and on a meeting's page, where `approve` adds the button
 * that approves a draft at that meeting.
 */
import { Link } from "@tanstack/react-router";
import type { ReactNode } from "react";
import type { z } from "zod";
import type { planResponse } from "../../../plan/api.ts";
import { ScrollRegion } from "../../components/ScrollRegion.tsx";
import { Tag } from "../../components/Tag.tsx";
import { formatDateTime } from "../../format.ts";

export type PlanVersion = z.infer<typeof planResponse>["versions"][number];

interface Props {
  versions: PlanVersion[];
  caption?: string;
  /** What to offer against each version, such as an approve button; null for nothing. */
  approve?: (version: PlanVersion) => ReactNode;
}

function Approval({ version }: { version: PlanVersion }) {
  if (!version.approvedMeetingId) return <>Not yet approved</>;
  return (
    <>
      At{" "}
      <Link
        to="/board/meetings/$meetingId"
        params={{ meetingId: String(version.approvedMeetingId) }}
        className="govuk-link"
      >
        {version.approvedAtMeeting ?? `meeting ${version.approvedMeetingId}`}
      </Link>
      <span className="app-cell-note">By {version.approvedBy ?? "someone not recorded"}</span>
      {version.approvedAt ? (
        <span className="app-cell-note app-secondary-text">
          Recorded {formatDateTime(version.approvedAt)}
        </span>
      ) : null}
    </>
  );
}

export function PlanVersionsTable({ versions, caption = "Plan versions", approve }: Props) {
  if (versions.length === 0)
    return <p className="govuk-body">No version of the plan has been saved yet.</p>;
  return (
    <ScrollRegion label={caption}>
      <table className="govuk-table app-table--small">
        <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Version
            </th>
            <th scope="col" className="govuk-table__header">
              Saved
            </th>
            <th scope="col" className="govuk-table__header">
              State
            </th>
            <th scope="col" className="govuk-table__header">
              Approved
            </th>
            {approve ? (
              <th scope="col" className="govuk-table__header">
                <span className="govuk-visually-hidden">Approve</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {versions.map((version) => (
            <tr className="govuk-table__row" key={version.id}>
              <th scope="row" className="govuk-table__header app-nowrap">
                Version {version.id}
              </th>
              <td className="govuk-table__cell">{formatDateTime(version.createdAt)}</td>
              <td className="govuk-table__cell">
                {version.locked ? (
                  <>
                    <Tag colour="green">Approved</Tag>
                    <span className="app-cell-note">Locked: it cannot change</span>
                  </>
                ) : (
                  <>
                    <Tag colour="grey">Draft</Tag>
                    <span className="app-cell-note">Can be approved at a meeting</span>
                  </>
                )}
              </td>
              <td className="govuk-table__cell">
                <Approval version={version} />
              </td>
              {approve ? <td className="govuk-table__cell">{approve(version)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
