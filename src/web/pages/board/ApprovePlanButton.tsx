/**
 * Approves a draft plan version at this meeting, for the independent chair. Approval
 * locks the version for good, so the button names the version and the meeting, and the
 * server's answer (such as "already approved") is shown if it refuses.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { createdResponse } from "../../../plan/api.ts";
import { api } from "../../api-client.ts";
import { PLAN_KEY } from "../plan/queries.ts";
import { BOARD_KEY } from "./queries.ts";

interface Props {
  versionId: number;
  meetingId: number;
  onDone: (versionId: number) => void;
  onError: (error: unknown) => void;
}

export function ApprovePlanButton({ versionId, meetingId, onDone, onError }: Props) {
  const queryClient = useQueryClient();
  const approve = useMutation({
    mutationFn: () =>
      api.post(`/api/plan/versions/${versionId}/approve`, { meetingId }, createdResponse),
    onSuccess: async () => {
      onDone(versionId);
      await queryClient.invalidateQueries({ queryKey: BOARD_KEY });
      await queryClient.invalidateQueries({ queryKey: PLAN_KEY });
    },
    onError,
  });
  return (
    <button
      type="button"
      className="govuk-button govuk-!-margin-bottom-0"
      aria-disabled={approve.isPending}
      onClick={() => {
        if (!approve.isPending) approve.mutate();
      }}
    >
      Approve this version at this meeting
      <span className="govuk-visually-hidden"> (version {versionId})</span>
    </button>
  );
}
