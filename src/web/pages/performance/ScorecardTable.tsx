/**
 * One group's indicators in the month: the figure, target and RAG with its reason, the
 * direction of travel in words, the SPC reading and the projection, and a sparkline.
 * Every verdict is printed in words, not left to a colour; the reasons are shortened to
 * what a row needs (see reason-text.ts) and given in full on the indicator's page.
 */
import { Link } from "@tanstack/react-router";
import type { IndicatorStatusView } from "../../../performance/api.ts";
import { ScrollRegion } from "../../components/ScrollRegion.tsx";
import { formatDate } from "../../format.ts";
import {
  formatShown,
  formatTargetValue,
  ON_TRACK_LABELS,
  POLARITY_LABELS,
  VARIATION_LABELS,
} from "./labels.ts";
import { RagTag } from "./RagTag.tsx";
import { firstSentence, sentence, shortDirection, splitReason } from "./reason-text.ts";
import { ShownCount, ShownValue } from "./ShownValue.tsx";
import { Sparkline } from "./Sparkline.tsx";

function Heading({ children, className }: { children: string; className?: string }) {
  return (
    <th scope="col" className={`govuk-table__header ${className ?? ""}`.trim()}>
      {children}
    </th>
  );
}

function Latest({ indicator }: { indicator: IndicatorStatusView }) {
  return (
    <>
      <span className="app-figure">
        <ShownValue value={indicator.value} kind={indicator.kind} precision={indicator.precision} />
      </span>
      {indicator.kind === "percent" && indicator.denominator !== null ? (
        <span className="app-cell-note">
          <ShownCount value={indicator.numerator} /> of <ShownCount value={indicator.denominator} />
        </span>
      ) : null}
    </>
  );
}

/** A verdict in bold and what lies behind it, for a cell read at a glance. */
function Verdict({ label, word, detail }: { label?: string; word: string; detail: string }) {
  return (
    <span className="app-cell-note">
      {label ? <span className="app-secondary-text">{label} </span> : null}
      <strong>{word}</strong>
      {detail ? `, ${detail}` : ""}
    </span>
  );
}

function Signals({ indicator }: { indicator: IndicatorStatusView }) {
  const { signal, projection, kind, precision } = indicator;
  // The note repeats the variation before its colon; the rules that fired follow it.
  const rules = signal && signal.variation !== "no_data" ? splitReason(signal.note).detail : "";
  return (
    <>
      <Verdict
        label="SPC:"
        word={signal ? (VARIATION_LABELS[signal.variation] ?? signal.variation) : "No value"}
        detail={rules}
      />
      {projection ? (
        <Verdict
          label="Projection:"
          word={ON_TRACK_LABELS[projection.onTrack] ?? projection.onTrack}
          detail={[
            splitReason(firstSentence(projection.reason)).detail.replace(/\.$/, ""),
            projection.projected === null
              ? ""
              : `projects ${formatShown(projection.projected, kind, precision)} by ${formatDate(projection.targetDate)}`,
          ]
            .filter(Boolean)
            .join("; ")}
        />
      ) : (
        <Verdict label="Projection:" word="No target to project to" detail="" />
      )}
    </>
  );
}

function Row({ indicator }: { indicator: IndicatorStatusView }) {
  const month = shortDirection(indicator.sincePreviousPeriod.reason);
  const year = shortDirection(indicator.sinceYearEarlier.reason);
  return (
    <tr className="govuk-table__row">
      <th scope="row" className="govuk-table__header">
        <Link to="/performance/$id" params={{ id: indicator.id }} className="govuk-link">
          {indicator.title}
        </Link>
        <span className="app-cell-note app-secondary-text govuk-!-font-weight-regular">
          {POLARITY_LABELS[indicator.polarity]}
        </span>
      </th>
      <td className="govuk-table__cell">
        <Latest indicator={indicator} />
      </td>
      <td className="govuk-table__cell">
        {formatTargetValue(indicator.target, indicator.kind, indicator.precision)}
      </td>
      <td className="govuk-table__cell">
        <RagTag status={indicator.rag.status} />
        <span className="app-cell-note">{sentence(splitReason(indicator.rag.reason).detail)}</span>
      </td>
      <td className="govuk-table__cell">
        <Verdict label="Since last month:" word={month.word} detail={month.detail} />
        <Verdict label="Since a year ago:" word={year.word} detail={year.detail} />
      </td>
      <td className="govuk-table__cell">
        <Signals indicator={indicator} />
      </td>
      <td className="govuk-table__cell">
        <Sparkline values={indicator.sparkline} />
      </td>
    </tr>
  );
}

export function ScorecardTable({
  caption,
  indicators,
}: {
  caption: string;
  indicators: IndicatorStatusView[];
}) {
  return (
    <ScrollRegion label={caption}>
      <table className="govuk-table app-table--small app-scorecard">
        <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <Heading className="app-scorecard__indicator">Indicator</Heading>
            <Heading className="app-scorecard__latest">Latest</Heading>
            <Heading className="app-scorecard__target">Target</Heading>
            <Heading className="app-scorecard__rag">Rating</Heading>
            <Heading className="app-scorecard__direction">Direction of travel</Heading>
            <Heading className="app-scorecard__signals">Variation and projection</Heading>
            <Heading className="app-scorecard__trend">Last 13 months</Heading>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {indicators.map((indicator) => (
            <Row key={indicator.id} indicator={indicator} />
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
