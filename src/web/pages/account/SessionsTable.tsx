/**
 * Where the user is signed in, with a button to end any other session (for example one
 * left open on a shared PC). The current session is marked and cannot be ended here:
 * the header's Sign out button does that.
 */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ownSessionsResponse } from "../../../platform/auth/api.ts";
import { api, type Problem } from "../../api-client.ts";
import { ErrorSummary } from "../../components/ErrorSummary.tsx";
import { Loading } from "../../components/Loading.tsx";
import { NotificationBanner } from "../../components/NotificationBanner.tsx";
import { problemsOf } from "../../components/problems.ts";
import { Tag } from "../../components/Tag.tsx";
import { formatDateTime } from "../../format.ts";
import { describeDevice } from "./user-agent.ts";

const SESSIONS_KEY = ["account", "sessions"] as const;

export function SessionsTable() {
  const queryClient = useQueryClient();
  const sessions = useQuery({
    queryKey: SESSIONS_KEY,
    queryFn: () => api.get("/api/account/sessions", ownSessionsResponse),
  });
  const [problems, setProblems] = useState<Problem[]>([]);
  const [ended, setEnded] = useState(false);
  const end = useMutation({
    mutationFn: (id: number) => api.delete(`/api/account/sessions/${id}`),
    onMutate: () => {
      setProblems([]);
      setEnded(false);
    },
    onSuccess: () => {
      setEnded(true);
      return queryClient.invalidateQueries({ queryKey: SESSIONS_KEY });
    },
    onError: (error) => setProblems(problemsOf(error)),
  });

  return (
    <section aria-labelledby="sessions-heading">
      <h2 className="govuk-heading-m" id="sessions-heading">
        Where you are signed in
      </h2>
      <ErrorSummary problems={problems} />
      {ended ? (
        <NotificationBanner heading="That session has been signed out" success autoFocus />
      ) : null}
      {sessions.isPending ? <Loading what="Loading your sessions" /> : null}
      {sessions.isError ? <p className="govuk-body">{sessions.error.message}</p> : null}
      {sessions.data ? (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--s">
            Your signed-in sessions, newest first
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Device
              </th>
              <th scope="col" className="govuk-table__header">
                Signed in
              </th>
              <th scope="col" className="govuk-table__header">
                Last active
              </th>
              <th scope="col" className="govuk-table__header">
                IP address
              </th>
              <th scope="col" className="govuk-table__header">
                <span className="govuk-visually-hidden">Action</span>
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {sessions.data.sessions.map((session) => (
              <tr className="govuk-table__row" key={session.id}>
                <th scope="row" className="govuk-table__header">
                  {describeDevice(session.userAgent)}
                </th>
                <td className="govuk-table__cell">{formatDateTime(session.createdAt)}</td>
                <td className="govuk-table__cell">{formatDateTime(session.lastSeenAt)}</td>
                <td className="govuk-table__cell">{session.ip ?? "Not recorded"}</td>
                <td className="govuk-table__cell">
                  {session.current ? (
                    <Tag colour="green">This session</Tag>
                  ) : (
                    <button
                      type="button"
                      className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                      onClick={() => {
                        if (!end.isPending) end.mutate(session.id);
                      }}
                    >
                      Sign out this session
                      <span className="govuk-visually-hidden">
                        {" "}
                        ({describeDevice(session.userAgent)}, signed in{" "}
                        {formatDateTime(session.createdAt)})
                      </span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
