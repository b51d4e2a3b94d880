/**
 * The board pack as PDF (pdfmake): the same snapshot and sections as the HTML, page numbers
 * in the footer, table header rows repeated on every page, charts as vector SVG. Uses the
 * PDF standard Helvetica fonts (nothing to embed or fetch) and refuses every URL and file
 * access, so a pack can only contain what its snapshot holds.
 */
import { createRequire } from "node:module";
import type { Content, TDocumentDefinitions } from "pdfmake/interfaces.js";
import { monthSummary } from "./month-summary.ts";
import type { PackData } from "./pack-data.ts";
import { chartSvg, figure, monthLabel, packHeading } from "./render-html.ts";

function pairs(cells: Content[]): Content[][] {
  const rows: Content[][] = [];
  for (let i = 0; i < cells.length; i += 2) rows.push([cells[i] ?? "", cells[i + 1] ?? ""]);
  return rows;
}

interface PdfMake {
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  createPdf(doc: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
}

const require = createRequire(import.meta.url);
const STANDARD_FONTS = new Set([
  "Helvetica",
  "Helvetica-Bold",
  "Helvetica-Oblique",
  "Helvetica-BoldOblique",
]);

let pdfmake: PdfMake | undefined;
function engine(): PdfMake {
  if (!pdfmake) {
    pdfmake = require("pdfmake") as PdfMake;
    pdfmake.setFonts({
      Helvetica: {
        normal: "Helvetica",
        bold: "Helvetica-Bold",
        italics: "Helvetica-Oblique",
        bolditalics: "Helvetica-BoldOblique",
      },
    });
    // A pack is built from its snapshot alone: no fetching, and no files but the PDF
    // standard fonts (which pdfmake looks up by name as if they were paths).
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy((path) => STANDARD_FONTS.has(path));
  }
  return pdfmake;
}

const RAG_WORD: Record<string, string> = {
  red: "Red",
  amber: "Amber",
  green: "Green",
  complete: "Complete",
  no_data: "No data",
  no_target: "No target",
  suppressed: "Withheld",
  none: "Nothing linked",
};
const RAG_FILL: Record<string, string> = {
  red: "#f4cdc6",
  amber: "#fcd6c3",
  green: "#cce2d8",
  complete: "#cce2d8",
};

const rag = (status: string): Content => ({
  text: RAG_WORD[status] ?? status,
  bold: true,
  ...(RAG_FILL[status] ? { background: RAG_FILL[status] } : {}),
});

function table(
  caption: string,
  headers: string[],
  rows: Content[][],
  widths?: (string | number)[],
): Content[] {
  if (rows.length === 0) return [{ text: `${caption}: none.`, margin: [0, 4, 0, 8] }];
  return [
    { text: caption, style: "caption" },
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: widths ?? headers.map(() => "*"),
        body: [headers.map((h) => ({ text: h, bold: true })), ...rows],
      },
      layout: "lightHorizontalLines",
      fontSize: 8,
      margin: [0, 2, 0, 10],
    },
  ];
}

export function buildPackDocument(d: PackData): TDocumentDefinitions {
  const audience =
    d.audience === "members"
      ? "Elected members and public (small numbers suppressed)"
      : "Improvement Board";
  const summary = monthSummary(d, figure);
  const head = packHeading(d);
  const { report } = d;
  const content: Content[] = [
    { text: `${d.meeting.bodyName} · ${audience}`, color: "#505a5f" },
    { text: head.title, style: "h1" },
    { text: head.subtitle },
    { text: `${monthLabel(d.month)} on a page`, style: "h2" },
    { ul: summary.lines, margin: [0, 0, 0, 8] },
    ...table(
      "Exceptions this month",
      ["Indicator", "Value", "Why it is an exception"],
      summary.exceptions.map((x) => [x.title, x.figure, [rag(x.status), x.reason]]),
      [150, 45, "*"],
    ),
    ...table(
      "Plan actions rated red",
      ["Action", "Why"],
      summary.redActions.map((a) => [`${a.ref} ${a.title}`, a.reason]),
      ["*", 200],
    ),
    ...table(
      "Reporting due or overdue",
      ["Item", "Due", "Owner", "State"],
      summary.reportingDue.map((c) => [c.title, c.dueDate, c.owner, c.reason]),
      ["*", 50, 90, 90],
    ),
    {
      text: report ? "Progress against each measure" : "Plan progress by measure",
      style: "h2",
      pageBreak: "before",
    },
    ...table(
      "Notice measures",
      ["Measure", "Status", "Why", ...(report ? ["Chair's commentary"] : [])],
      d.measures.map((m) => [
        `${m.ref} ${m.text}`,
        rag(m.status),
        m.reason,
        ...(report ? [report.commentary[m.ref] ?? "No commentary."] : []),
      ]),
      report ? ["*", 40, 100, "*"] : ["*", 50, 150],
    ),
    ...table(
      "Plan actions",
      ["Action", "Owner(s)", "Due", "%", "RAG and reason"],
      d.actions.map((a) => [
        `${a.ref} ${a.title}`,
        a.owners.map((o) => o.owner).join("; "),
        a.dueDate,
        `${a.percentComplete}%`,
        [rag(a.rag), a.reason],
      ]),
      ["*", 90, 50, 25, 140],
    ),
    { text: "Performance exceptions", style: "h2", pageBreak: "before" },
  ];
  d.exceptions.forEach((x, index) => {
    const svg = chartSvg(x.chart, `chart${index + 1}`, 720, 300);
    // One exception never splits across pages: its heading stays with its chart.
    content.push({
      unbreakable: true,
      stack: [
        { text: `${x.indicator.title}: ${figure(x.indicator)}`, style: "h3" },
        { text: [rag(x.indicator.rag.status), ` ${x.indicator.rag.reason}`] },
        { ul: x.indicator.exceptionReasons },
        { svg, width: 500, margin: [0, 6, 0, 6] },
        x.commentary
          ? {
              text: [
                { text: "Commentary: ", bold: true },
                `${x.commentary.narrative} `,
                { text: "Corrective action: ", bold: true },
                `${x.commentary.correctiveAction} `,
                { text: `(${x.commentary.owner})`, italics: true },
              ],
            }
          : { text: "No commentary recorded for this month.", bold: true },
      ],
    });
  });
  if (d.exceptions.length === 0) content.push({ text: "No exceptions this month." });
  content.push(
    { text: `Scorecard, ${monthLabel(d.month)}`, style: "h2", pageBreak: "before" },
    ...table(
      "Every indicator",
      ["Indicator", "Value", "Target", "Status", "Since last month", "SPC"],
      d.scorecard.map((i) => [
        i.title,
        figure(i),
        i.target === null ? "-" : String(i.target),
        [rag(i.rag.status), i.rag.reason],
        i.sincePreviousPeriod.reason,
        i.signal?.note ?? "-",
      ]),
      [90, 40, 35, "*", 100, 90],
    ),
    { text: "Every indicator over the last two years", style: "h3" },
    {
      // Two small charts a row; a row never splits across pages.
      table: {
        widths: ["*", "*"],
        dontBreakRows: true,
        body: pairs(
          d.charts.map(
            (chart, index): Content => ({
              stack: [
                { text: chart.definition.title, bold: true, fontSize: 8 },
                { svg: chartSvg(chart, `small${index + 1}`, 360, 150), width: 250 },
              ],
            }),
          ),
        ),
      },
      layout: "noBorders",
    },
    { text: "Decisions and actions logs", style: "h2", pageBreak: "before" },
    ...table(
      "Decisions",
      ["Decision", "Meeting"],
      d.decisions.map((x) => [x.text, `${x.meetingTitle} (${x.meetingDate})`]),
      ["*", 150],
    ),
    ...table(
      "Board actions",
      ["Action", "Owner", "Due", "State"],
      d.boardActions.map((a) => [a.text, a.owner, a.dueDate, a.state]),
      ["*", 100, 50, 60],
    ),
    { text: "ICS issue log", style: "h2" },
    ...table(
      "Integrated Children's System implementation issues",
      ["Issue", "Raised", "Impact", "Action taken", "Status"],
      d.icsIssues.map((i) => [
        `${i.ref} ${i.issue}`,
        i.raisedOn,
        i.impact,
        i.actionTaken,
        i.status.replace("_", " "),
      ]),
      ["*", 45, "*", "*", 45],
    ),
    { text: "How this pack was made", style: "h2" },
    {
      text: `Indicator computation ${d.provenance.computationId ?? "none"} from import runs ${d.provenance.importRunIds.join(", ") || "none"}; targets ${d.provenance.targetIds.join(", ") || "none"}; plan version ${d.provenance.planVersionId ?? "none approved yet"}. ${d.suppressed ? "Counts of 1 to 5, and percentages resting on them, are shown as c." : "Unsuppressed figures: for the Board only."} No child-level data is included.`,
      fontSize: 8,
    },
  );
  return {
    info: {
      title: head.documentTitle,
      author: d.meeting.bodyName,
      // Fixed from the snapshot, not the clock, so a rebuilt PDF matches the first one.
      creationDate: new Date(`${d.meeting.date}T00:00:00Z`),
    },
    pageSize: "A4",
    pageMargins: [40, 40, 40, 50],
    defaultStyle: { font: "Helvetica", fontSize: 10 },
    styles: {
      h1: { fontSize: 20, bold: true, margin: [0, 4, 0, 6] },
      h2: { fontSize: 15, bold: true, margin: [0, 12, 0, 6] },
      h3: { fontSize: 12, bold: true, margin: [0, 10, 0, 4] },
      caption: { bold: true, margin: [0, 6, 0, 2] },
    },
    footer: (page: number, pages: number) => ({
      text: `${head.title} · page ${page} of ${pages}`,
      alignment: "center",
      fontSize: 8,
      margin: [0, 20, 0, 0],
    }),
    content,
  };
}

export async function renderPackPdf(d: PackData): Promise<Buffer> {
  return engine().createPdf(buildPackDocument(d)).getBuffer();
}
