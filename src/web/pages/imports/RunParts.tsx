/** Pieces of an import run shown both in the runs table and on its report. */
import { Tag } from "../../components/Tag.tsx";
import { formatDate, formatDateTime } from "../../format.ts";
import { statusTag } from "./labels.ts";

export function StatusTag({ status }: { status: string }) {
  const { label, colour } = statusTag(status);
  return <Tag colour={colour}>{label}</Tag>;
}

/** The collection slot a run filled, and its reference date (the census day or 31 March). */
export function Collection({
  sourceKey,
  referenceDate,
  compact = false,
}: {
  sourceKey: string | null;
  referenceDate: string | null;
  /** In a table: the date alone, without its label, kept on one line. */
  compact?: boolean;
}) {
  if (!sourceKey && !referenceDate) return <>Not known</>;
  return (
    <>
      {sourceKey ? (
        <span className="app-code">
          <Breakable text={sourceKey} after={/(?<=[_:])/} />
        </span>
      ) : null}
      {sourceKey && referenceDate ? <br /> : null}
      {referenceDate ? (
        <span
          className={`${sourceKey ? "app-secondary-text" : ""}${compact ? " app-nowrap" : ""}`.trim()}
        >
          {compact ? (
            <span className="govuk-visually-hidden">Reference date </span>
          ) : (
            "Reference date "
          )}
          {formatDate(referenceDate)}
        </span>
      ) : null}
    </>
  );
}

/**
 * A file name or code that may wrap after an underscore, hyphen or full stop
 * (CIN_Census_<wbr>2024.xml), or the separators given, so a narrow column never breaks
 * it inside a word.
 */
export function Breakable({ text, after = /(?<=[_\-.])/ }: { text: string; after?: RegExp }) {
  const parts = text.split(after);
  return (
    <>
      {parts.map((part, index) => (
        // Parts can repeat, but their positions cannot.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <span key={index}>
          <span className="app-nowrap">{part}</span>
          {index < parts.length - 1 ? <wbr /> : null}
        </span>
      ))}
    </>
  );
}

/** "22 Nov 2026, 13:58" as a date and a time that each stay on one line. */
export function When({ iso }: { iso: string }) {
  const [date, time] = formatDateTime(iso).split(", ");
  return (
    <>
      <span className="app-nowrap">{date}</span>
      {time ? (
        <>
          {", "}
          <span className="app-nowrap">{time}</span>
        </>
      ) : null}
    </>
  );
}
