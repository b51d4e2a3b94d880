/**
 * Buttons that generate a pack for each audience (the Board's figures in full, or with
 * small numbers withheld) at `url`: a board pack for a meeting or a quarterly report. The
 * server takes a second or two to snapshot the figures and render, so a status message and
 * a moving bar show it is working, and the new pack's links take focus when it is ready.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { createdResponse } from "../../../board/api.ts";
import { api, type Problem } from "../../api-client.ts";
import { ErrorSummary } from "../../components/ErrorSummary.tsx";
import { NotificationBanner } from "../../components/NotificationBanner.tsx";
import { problemsOf } from "../../components/problems.ts";
import { BOARD_KEY } from "./queries.ts";

export type Audience = "board" | "members";
export interface Made {
  id: number;
  audience: Audience;
}

interface Props {
  url: string;
  audiences: Audience[];
  /** The words: each button, the message while it works, the banner when it is ready. */
  text: {
    button: (audience: Audience) => string;
    working: (audience: Audience) => string;
    ready: (audience: Audience) => string;
    progressLabel: string;
  };
  links: (made: Made) => ReactNode;
}

export function GenerateButtons({ url, audiences, text, links }: Props) {
  const queryClient = useQueryClient();
  const [problems, setProblems] = useState<Problem[]>([]);
  const [made, setMade] = useState<Made | null>(null);

  const generate = useMutation({
    mutationFn: (audience: Audience) => api.post(url, { audience }, createdResponse),
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
        <NotificationBanner success autoFocus heading={text.ready(made.audience)}>
          {links(made)}
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
            {text.button(audience)}
          </button>
        ))}
      </div>
      <div role="status" className="app-pack-progress">
        {working ? (
          <>
            <p className="govuk-body govuk-!-margin-bottom-2">{text.working(working)}</p>
            <progress className="app-progress__bar" aria-label={text.progressLabel} />
          </>
        ) : null}
      </div>
    </>
  );
}
