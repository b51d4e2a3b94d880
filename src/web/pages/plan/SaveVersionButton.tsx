/**
 * Snapshots the plan as it stands into a new draft version, which the Board can then
 * approve at a meeting. Only for plan managers (the server refuses anyone else).
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { createdResponse } from "../../../plan/api.ts";
import { api, type Problem } from "../../api-client.ts";
import { ErrorSummary } from "../../components/ErrorSummary.tsx";
import { NotificationBanner } from "../../components/NotificationBanner.tsx";
import { problemsOf } from "../../components/problems.ts";
import { BOARD_KEY } from "../board/queries.ts";
import { PLAN_KEY } from "./queries.ts";

export function SaveVersionButton() {
  const queryClient = useQueryClient();
  const [problems, setProblems] = useState<Problem[]>([]);
  const [savedId, setSavedId] = useState<number | null>(null);
  const save = useMutation({
    mutationFn: () => api.post("/api/plan/versions", {}, createdResponse),
    onSuccess: async ({ id }) => {
      setProblems([]);
      setSavedId(id);
      await queryClient.invalidateQueries({ queryKey: PLAN_KEY });
      await queryClient.invalidateQueries({ queryKey: BOARD_KEY });
    },
    onError: (error) => setProblems(problemsOf(error)),
  });
  return (
    <>
      <ErrorSummary problems={problems} />
      {savedId ? (
        <NotificationBanner success autoFocus heading={`Version ${savedId} saved as a draft`}>
          <p className="govuk-body">
            The Board can approve it at a meeting, from the meeting's page.
          </p>
        </NotificationBanner>
      ) : null}
      <button
        type="button"
        className="govuk-button govuk-button--secondary"
        aria-disabled={save.isPending}
        onClick={() => {
          if (!save.isPending) save.mutate();
        }}
      >
        Save the plan as a new draft version
      </button>
    </>
  );
}
