/** The Board API's answers as the pages use them, taken from the shared schemas. */
import type { z } from "zod";
import type { actionsResponse, calendarResponse, meetingResponse } from "../../../board/api.ts";

export type MeetingView = z.infer<typeof meetingResponse>;
export type Meeting = MeetingView["meeting"];
export type Pack = MeetingView["packs"][number];
export type BoardAction = z.infer<typeof actionsResponse>["actions"][number];
export type CalendarItem = z.infer<typeof calendarResponse>["items"][number];
