/**
 * The board pack as one self-contained, accessible HTML document (the primary format):
 * headings in order, real tables with captions and header cells, RAG in words as well as
 * colour, charts as inline SVG each with a text summary and the table it came from. It
 * reads only the pack's snapshot and never the clock, so a snapshot renders to the same
 * bytes every time.
 */

import type { IndicatorStatusView } from "../../performance/api.ts";
import { renderSvg } from "../../performance/charts/render-svg.ts";
import { spcChartOption } from "../../performance/charts/spc-chart-option.ts";
import { spcChartSummary } from "../../performance/charts/spc-chart-summary.ts";
import { monthSummary } from "./month-summary.ts";
import { PACK_CSS } from "./pack-css.ts";
import type { PackData } from "./pack-data.ts";

export function escapeHtml(value: unknown): string {
  return String(value ?? "")
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}
const e = escapeHtml;

export function longDate(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
}
export const monthLabel = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-GB", {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });

export function figure(i: Pick<IndicatorStatusView, "value" | "kind">): string {
  if (i.value === null) return "no data";
  if (i.value === "c") return "c";
  return i.kind === "percent" ? `${i.value.toFixed(1)}%` : String(i.value);
}

const RAG_LABEL: Record<string, string> = {
  red: "Red",
  amber: "Amber",
  green: "Green",
  complete: "Complete",
  no_data: "No data",
  no_target: "No target",
  suppressed: "Withheld",
  none: "Nothing linked",
};
const tag = (status: string) =>
  `<strong class="rag rag-${e(status)}">${e(RAG_LABEL[status] ?? status)}</strong>`;

function table(caption: string, headers: string[], rows: string[][]): string {
  if (rows.length === 0) return `<p>${e(caption)}: none.</p>`;
  return `<table><caption>${e(caption)}</caption><thead><tr>${headers.map((h) => `<th scope="col">${e(h)}</th>`).join("")}</tr></thead><tbody>${rows
    .map(
      (r) =>
        `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${c}</th>` : `<td>${c}</td>`)).join("")}</tr>`,
    )
    .join("")}</tbody></table>`;
}

function monthOnAPage(d: PackData): string {
  const m = monthSummary(d, figure);
  return `<section><h2 id="month">${e(monthLabel(d.month))} on a page</h2>
<ul class="summary">${m.lines.map((line) => `<li>${e(line)}</li>`).join("")}</ul>
${table(
  "Exceptions this month",
  ["Indicator", "Value", "Why it is an exception"],
  m.exceptions.map((x) => [e(x.title), e(x.figure), `${tag(x.status)} ${e(x.reason)}`]),
)}
${table(
  "Plan actions rated red",
  ["Action", "Why"],
  m.redActions.map((a) => [`${e(a.ref)} ${e(a.title)}`, e(a.reason)]),
)}
${table(
  "Reporting due or overdue",
  ["Item", "Due", "Owner", "State"],
  m.reportingDue.map((c) => [e(c.title), e(c.dueDate), e(c.owner), e(c.reason)]),
)}
</section>`;
}

function planByMeasure(d: PackData): string {
  const { report } = d;
  const measureRows = d.measures.map((m) => [
    `${e(m.ref)} ${e(m.text)}`,
    tag(m.status),
    e(m.reason),
    m.actions.map((a) => `${e(a.ref)} ${e(RAG_LABEL[a.rag] ?? a.rag)}`).join(", "),
    ...(report ? [e(report.commentary[m.ref] ?? "No commentary.")] : []),
  ]);
  return `<section><h2 id="plan">${report ? "Progress against each measure" : "Plan progress by measure"}</h2>
${table(
  "Notice measures and the status of the actions and indicators that evidence them",
  ["Measure", "Status", "Why", "Actions", ...(report ? ["Chair's commentary"] : [])],
  measureRows,
)}
${table(
  "Plan actions",
  ["Action", "Owner(s)", "Due", "Progress", "RAG and reason"],
  d.actions.map((a) => [
    `${e(a.ref)} ${e(a.title)}`,
    e(a.owners.map((o) => o.owner).join("; ")),
    e(a.dueDate),
    `${a.percentComplete}%${a.lastUpdate ? `: ${e(a.lastUpdate.text)}` : ""}`,
    `${tag(a.rag)} ${e(a.reason)}`,
  ]),
)}</section>`;
}

function exceptionsSection(d: PackData): string {
  const items = d.exceptions.map((x, index) => {
    // ECharts numbers its SVG ids per process ("zr7-c0"); renumber per pack so the same
    // snapshot gives the same bytes whatever was rendered before it.
    const svg = chartSvg(x.chart, `chart${index + 1}`, 720, 300);
    const summary = spcChartSummary({ ...x.chart, series: "month" });
    const recent = x.chart.points.slice(-6);
    return `<article class="exception"><h3 id="exception-${index + 1}">${e(x.indicator.title)}: ${e(figure(x.indicator))}</h3>
<p>${tag(x.indicator.rag.status)} ${e(x.indicator.rag.reason)}</p>
<ul>${x.indicator.exceptionReasons.map((r) => `<li>${e(r)}</li>`).join("")}</ul>
<figure><div role="img" aria-label="${e(summary)}">${svg}</div><figcaption>${e(summary)}</figcaption></figure>
${table(
  `${x.indicator.title}: the last six months`,
  ["Month", "Value", "Target", "Mean", "Limits", "SPC"],
  recent.map((p) => [
    e(p.periodEnd.slice(0, 7)),
    e(
      typeof p.value === "number" && x.indicator.kind === "percent"
        ? `${p.value.toFixed(1)}%`
        : (p.value ?? "no data"),
    ),
    e(p.target ?? "-"),
    e(p.mean === null ? "-" : p.mean.toFixed(1)),
    e(
      p.lowerLimit === null || p.upperLimit === null
        ? "-"
        : `${p.lowerLimit.toFixed(1)} to ${p.upperLimit.toFixed(1)}`,
    ),
    e(p.note),
  ]),
)}
${
  x.commentary
    ? `<dl><dt>Owner</dt><dd>${e(x.commentary.owner)}</dd><dt>Commentary</dt><dd>${e(x.commentary.narrative)}</dd><dt>Corrective action</dt><dd>${e(x.commentary.correctiveAction)}</dd></dl>`
    : "<p><strong>No commentary recorded for this month.</strong></p>"
}</article>`;
  });
  return `<section><h2 id="exceptions">Performance exceptions</h2>${items.join("") || "<p>No exceptions this month.</p>"}</section>`;
}

/** An SPC chart as inline SVG, with ids unique to this chart in the pack. */
export function chartSvg(
  chart: PackData["charts"][number],
  prefix: string,
  width: number,
  height: number,
): string {
  return renderSvg({ ...spcChartOption(chart), animation: false }, width, height, prefix);
}

function smallCharts(d: PackData): string {
  const cells = d.charts.map((chart, index) => {
    const summary = spcChartSummary({ ...chart, series: "month" });
    return `<figure class="small"><figcaption><strong>${e(chart.definition.title)}</strong></figcaption><div role="img" aria-label="${e(summary)}">${chartSvg(chart, `small${index + 1}`, 360, 150)}</div></figure>`;
  });
  return `<h3>Every indicator over the last two years</h3><p>Each chart shows the monthly figure with its mean and process limits; the table above holds the figures.</p><div class="grid">${cells.join("")}</div>`;
}

function scorecardSection(d: PackData): string {
  return `<section><h2 id="scorecard">Scorecard, ${e(monthLabel(d.month))}</h2>
${table(
  "Every indicator: latest value, target, status and trend",
  ["Indicator", "Value", "Target", "Status", "Since last month", "SPC", "Projection"],
  d.scorecard.map((i) => [
    e(i.title),
    e(figure(i)),
    e(i.target === null ? "-" : i.kind === "percent" ? `${i.target}%` : i.target),
    `${tag(i.rag.status)} ${e(i.rag.reason)}`,
    e(i.sincePreviousPeriod.reason),
    e(i.signal?.note ?? "-"),
    e(i.projection?.reason ?? "-"),
  ]),
)}${smallCharts(d)}</section>`;
}

function logsSection(d: PackData): string {
  return `<section><h2 id="logs">Decisions and actions logs</h2>
${table(
  "Decisions",
  ["Decision", "Meeting"],
  d.decisions.map((x) => [e(x.text), `${e(x.meetingTitle)} (${e(x.meetingDate)})`]),
)}
${table(
  "Board actions",
  ["Action", "Owner", "Due", "State", "From"],
  d.boardActions.map((a) => [e(a.text), e(a.owner), e(a.dueDate), e(a.state), e(a.meetingTitle)]),
)}
</section>
<section><h2 id="ics">ICS issue log</h2>
${table(
  "Integrated Children's System implementation issues",
  ["Issue", "Raised", "Impact", "Action taken", "Status"],
  d.icsIssues.map((i) => [
    `${e(i.ref)} ${e(i.issue)}`,
    e(i.raisedOn),
    e(i.impact),
    e(i.actionTaken),
    e(i.status.replace("_", " ")),
  ]),
)}
</section>`;
}

function provenance(d: PackData): string {
  const p = d.provenance;
  return `<section><h2 id="provenance">How this pack was made</h2>
<p>Figures from indicator computation ${e(p.computationId ?? "none")}${p.computedAt ? ` (computed ${e(p.computedAt)})` : ""}, built from import runs ${e(p.importRunIds.join(", ") || "none")}; indicator definitions ${e(
    Object.entries(p.definitionVersions)
      .map(([id, v]) => `${id} v${v}`)
      .join(", "),
  )}; targets ${e(p.targetIds.join(", ") || "none")}; plan version ${e(p.planVersionId ?? "none approved yet")}.
${d.suppressed ? "Counts of 1 to 5, and percentages resting on them, are shown as c." : "Figures are unsuppressed: for the Board only."} No child-level data is included.</p></section>`;
}

/** A Board pack is titled by its meeting; a quarterly report by itself, signed off at one. */
export function packHeading(d: PackData): {
  title: string;
  subtitle: string;
  documentTitle: string;
} {
  const figures = `Performance figures for ${monthLabel(d.month)}.`;
  if (d.report) {
    return {
      title: d.report.title,
      subtitle: `Due ${longDate(d.report.dueDate)}; signed off at the ${d.meeting.title}, ${longDate(d.meeting.date)}. ${figures}`,
      documentTitle: d.report.title,
    };
  }
  return {
    title: d.meeting.title,
    subtitle: `${longDate(d.meeting.date)}. ${figures}`,
    documentTitle: `${d.meeting.title}: board pack`,
  };
}

export function renderPackHtml(d: PackData): string {
  const audience =
    d.audience === "members"
      ? "Elected members and public (small numbers suppressed)"
      : "Improvement Board";
  const head = packHeading(d);
  return `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(head.documentTitle)}</title><style>${PACK_CSS}</style></head>
<body><a class="skip" href="#main">Skip to the pack</a><main id="main">
<header><p class="caption">${e(d.meeting.bodyName)} · ${e(audience)}</p><h1>${e(head.title)}</h1>
<p>${e(head.subtitle)}</p>
<nav aria-label="Contents"><ol><li><a href="#month">Month on a page</a></li><li><a href="#plan">Plan progress by measure</a></li><li><a href="#exceptions">Performance exceptions</a></li><li><a href="#scorecard">Scorecard</a></li><li><a href="#logs">Decisions and actions</a></li><li><a href="#ics">ICS issue log</a></li><li><a href="#provenance">How this pack was made</a></li></ol></nav></header>
${monthOnAPage(d)}${planByMeasure(d)}${exceptionsSection(d)}${scorecardSection(d)}${logsSection(d)}${provenance(d)}
</main></body></html>
`;
}
