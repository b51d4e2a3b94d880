/** Where a generated report is read: the web page opens in a new tab, the PDF downloads. */
import { DocumentLinks } from "./DocumentLinks.tsx";
import { REPORT_AUDIENCE } from "./report-labels.ts";

export function ReportLinks({ pack }: { pack: { id: number; audience: string } }) {
  const name = REPORT_AUDIENCE[pack.audience]?.label.toLowerCase() ?? pack.audience;
  return <DocumentLinks id={pack.id} name={name} open="Open the report" />;
}
