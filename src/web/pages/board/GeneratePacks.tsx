/**
 * Generate a pack for the meeting: the Board's (figures in full) and, for elected members
 * and observers, one with small numbers withheld. The server takes a second or two to
 * snapshot the figures and render the pack, so a status message and a moving bar show it
 * is working, and the new pack's links take focus when it is ready.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { createdResponse } from "../../../board/api.ts";
import { api, type Problem } from "../../api-client.ts";
import { ErrorSummary } from "../../components/ErrorSummary.tsx";
import { NotificationBanner } from "../../components/NotificationBanner.tsx";
import { problemsOf } from "../../components/problems.ts";
import { PACK_AUDIENCE } from "./labels.ts";
import { PackLinks } from "./PacksTable.tsx";
import { BOARD_KEY } from "./queries.ts";

type Audience = "board" | "members";

const BUTTON: Record<Audience, string> = {
  board: "Generate the Board's pack",
  members: "Generate the members' pack",
};

export function GeneratePacks({
  meetingId,
  audiences,
}: {
  meetingId: number;
  audiences: Audience[];
}) {
  const queryClient = useQueryClient();
  const [problems, setProblems] = useState<Problem[]>([]);
  const [made, setMade] = useState<{ id: number; audience: Audience } | null>(null);

  const generate = useMutation({
    mutationFn: (audience: Audience) =>
      api.post(`/api/board/meetings/${meetingId}/packs`, { audience }, createdResponse),
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
          heading={`${PACK_AUDIENCE[made.audience]?.label ?? "The pack"} is ready`}
        >
          <PackLinks pack={made} />
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
            {BUTTON[audience]}
          </button>
        ))}
      </div>
      <div role="status" className="app-pack-progress">
        {working ? (
          <>
            <p className="govuk-body govuk-!-margin-bottom-2">
              Generating {PACK_AUDIENCE[working]?.label.replace(/^The/, "the") ?? "the pack"}… This
              takes a second or two.
            </p>
            <progress className="app-progress__bar" aria-label="Generating the pack" />
          </>
        ) : null}
      </div>
    </>
  );
}
