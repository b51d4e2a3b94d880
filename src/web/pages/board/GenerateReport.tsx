/**
 * Generate the quarterly report for the Board (figures in full) or for elected members
 * (small numbers withheld): like a board pack, a snapshot of the figures, the measures and
 * the newest commentary, as a web page and a PDF.
 */
import { GenerateButtons } from "./GenerateButtons.tsx";
import { ReportLinks } from "./ReportLinks.tsx";
import { type Audience, REPORT_AUDIENCE } from "./report-labels.ts";

export function GenerateReport({
  reportId,
  audiences,
}: {
  reportId: number;
  audiences: Audience[];
}) {
  const label = (audience: Audience) => REPORT_AUDIENCE[audience]?.label.toLowerCase() ?? "";
  return (
    <GenerateButtons
      url={`/api/board/reports/${reportId}/packs`}
      audiences={audiences}
      text={{
        button: (audience) => REPORT_AUDIENCE[audience]?.button ?? "",
        working: (audience) =>
          `Generating the report ${label(audience)}… This takes a second or two.`,
        ready: (audience) => `The report ${label(audience)} is ready`,
        progressLabel: "Generating the report",
      }}
      links={(made) => <ReportLinks pack={made} />}
    />
  );
}
