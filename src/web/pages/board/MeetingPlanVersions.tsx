/**
 * The plan versions as this meeting sees them. The chair can approve a draft here; an
 * approved version is locked and offers nothing more.
 */
import { useState } from "react";
import type { Problem } from "../../api-client.ts";
import { ErrorSummary } from "../../components/ErrorSummary.tsx";
import { NotificationBanner } from "../../components/NotificationBanner.tsx";
import { problemsOf } from "../../components/problems.ts";
import { PlanVersionsTable } from "../plan/PlanVersionsTable.tsx";
import { ApprovePlanButton } from "./ApprovePlanButton.tsx";
import type { MeetingView } from "./types.ts";

interface Props {
  meetingId: number;
  meetingTitle: string;
  versions: MeetingView["planVersions"];
  canApprove: boolean;
}

export function MeetingPlanVersions({ meetingId, meetingTitle, versions, canApprove }: Props) {
  const [problems, setProblems] = useState<Problem[]>([]);
  const [approved, setApproved] = useState<number | null>(null);
  return (
    <>
      <ErrorSummary problems={problems} />
      {approved ? (
        <NotificationBanner
          success
          autoFocus
          heading={`Version ${approved} of the plan approved at ${meetingTitle}`}
        >
          <p className="govuk-body">It is now locked and cannot change.</p>
        </NotificationBanner>
      ) : null}
      <PlanVersionsTable
        versions={versions}
        caption="Improvement Plan versions"
        approve={
          canApprove
            ? (version) =>
                version.locked ? null : (
                  <ApprovePlanButton
                    versionId={version.id}
                    meetingId={meetingId}
                    onDone={(id) => {
                      setProblems([]);
                      setApproved(id);
                    }}
                    onError={(error) => {
                      setApproved(null);
                      setProblems(problemsOf(error));
                    }}
                  />
                )
            : undefined
        }
      />
    </>
  );
}
