/** Every commentary recorded on the indicator, newest month first. */
import type { IndicatorView } from "../../../performance/api.ts";
import { formatMonth } from "../../format.ts";
import { CommentaryEntry } from "./CommentaryEntry.tsx";

export function CommentaryHistory({ entries }: { entries: IndicatorView["commentary"] }) {
  if (entries.length === 0) return <p className="govuk-body">No commentary yet.</p>;
  const newestFirst = [...entries].sort(
    (a, b) => b.periodEnd.localeCompare(a.periodEnd) || b.recordedAt.localeCompare(a.recordedAt),
  );
  return (
    <>
      {newestFirst.map((entry) => (
        <div key={entry.id}>
          <h3 className="govuk-heading-s">{formatMonth(entry.periodEnd)}</h3>
          <CommentaryEntry entry={entry} />
        </div>
      ))}
    </>
  );
}
