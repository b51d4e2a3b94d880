/** Words for a quarterly report's two versions, and the report's types from the shared schema. */
import type { z } from "zod";
import type { reportResponse } from "../../../board/api.ts";

export type ReportView = z.infer<typeof reportResponse>;
export type ReportMeasure = ReportView["measures"][number];
export type CommentaryEntry = NonNullable<ReportMeasure["commentary"]>;
export type ReportPack = ReportView["packs"][number];

export type Audience = "board" | "members";

export const REPORT_AUDIENCE: Record<string, { label: string; note: string; button: string }> = {
  board: {
    label: "For the Board",
    note: "Figures in full",
    button: "Generate the report for the Board",
  },
  members: {
    label: "For elected members",
    note: "Small numbers withheld, for elected members and observers",
    button: "Generate the report for elected members",
  },
};
