/**
 * Generate the quarterly report: for the Board (figures in full) or for elected members
 * (small numbers withheld). Like a board pack, the server snapshots the figures, the
 * measures and the newest commentary and renders a web page and a PDF; that takes a
 * second or two, so a status message and a moving bar show it is working, and the new
 * report's links take focus when it is ready.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { createdResponse } from "../../../board/api.ts";
import { api, type Problem } from "../../api-client.ts";
import { ErrorSummary } from "../../components/ErrorSummary.tsx";
import { NotificationBanner } from "../../components/NotificationBanner.tsx";
import { problemsOf } from "../../components/problems.ts";
import { BOARD_KEY } from "./queries.ts";
import { ReportLinks } from "./ReportLinks.tsx";
import { type Audience, REPORT_AUDIENCE } from "./report-labels.ts";

export function GenerateReport({
  reportId,
  audiences,
}: {
  reportId: number;
  audiences: Audience[];
}) {
  const queryClient = useQueryClient();
  const [problems, setProblems] = useState<Problem[]>([]);
  const [made, setMade] = useState<{ id: number; audience: Audience } | null>(null);

  const generate = useMutation({
    mutationFn: (audience: Audience) =>
      api.post(`/api/board/reports/${reportId}/packs`, { audience }, createdResponse),
    onMutate: () => {
      setProblems([]);
      setMade(null);
    },
    onSuccess: async ({ id }, audience) => {
      setMade({ id, audience });
      await queryClient.invalidateQueries({ queryKey: BOARD_KEY });
    },
    onError: (error) => setProblems(problemsOf(error)),
  });

  const working = generate.isPending ? generate.variables : null;
  return (
    <>
      <ErrorSummary problems={problems} />
      {made ? (
        <NotificationBanner
          success
          autoFocus
          heading={`The report ${REPORT_AUDIENCE[made.audience]?.label.toLowerCase() ?? ""} is ready`}
        >
          <ReportLinks pack={made} />
        </NotificationBanner>
      ) : null}
      <div className="govuk-button-group">
        {audiences.map((audience) => (
          <button
            key={audience}
            type="button"
            className="govuk-button govuk-button--secondary"
            aria-disabled={generate.isPending}
            onClick={() => {
              if (!generate.isPending) generate.mutate(audience);
            }}
          >
            {REPORT_AUDIENCE[audience]?.button}
          </button>
        ))}
      </div>
      <div role="status" className="app-pack-progress">
        {working ? (
          <>
            <p className="govuk-body govuk-!-margin-bottom-2">
              Generating the report {REPORT_AUDIENCE[working]?.label.toLowerCase()}… This takes a
              second or two.
            </p>
            <progress className="app-progress__bar" aria-label="Generating the report" />
          </>
        ) : null}
      </div>
    </>
  );
}
