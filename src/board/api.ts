/** Request and response shapes for the Improvement Board, its calendar and packs. */
import { z } from "zod";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date written YYYY-MM-DD");

const member = z.object({
  id: z.number(),
  name: z.string(),
  role: z.string(),
  organisation: z.string(),
});
const boardAction = z.object({
  id: z.number(),
  meetingId: z.number(),
  meetingTitle: z.string(),
  meetingDate: z.string(),
  text: z.string(),
  owner: z.string(),
  dueDate: z.string(),
  doneOn: z.string().nullable(),
});

export const meetingsResponse = z.object({
  today: z.string(),
  bodies: z.array(
    z.object({
      id: z.number(),
      key: z.string(),
      name: z.string(),
      remit: z.string(),
      accountableTo: z.string().nullable(),
      members: z.array(member),
    }),
  ),
  meetings: z.array(
    z.object({
      id: z.number(),
      date: z.string(),
      title: z.string(),
      bodyName: z.string(),
      bodyKey: z.string(),
      decisions: z.number(),
      packs: z.number(),
      /** quarterly reports to the minister signed off at the meeting */
      reports: z.number(),
    }),
  ),
});

const packSummary = z.object({
  id: z.number(),
  audience: z.string(),
  htmlSha256: z.string(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  /** set for a quarterly report to the minister signed off at the meeting */
  reportingItemId: z.number().nullable(),
  reportTitle: z.string().nullable(),
});

export const meetingResponse = z.object({
  meeting: z.object({
    id: z.number(),
    date: z.string(),
    title: z.string(),
    minutes: z.string(),
    bodyId: z.number(),
    bodyName: z.string(),
    bodyKey: z.string(),
    agenda: z.array(z.string()),
    attendance: z.array(
      z.object({
        memberId: z.number(),
        name: z.string(),
        role: z.string(),
        organisation: z.string(),
        present: z.boolean().nullable(),
      }),
    ),
    decisions: z.array(z.object({ id: z.number(), text: z.string(), recordedAt: z.string() })),
    actions: z.array(boardAction),
  }),
  packs: z.array(packSummary),
  planVersions: z.array(
    z.object({
      id: z.number(),
      createdAt: z.string(),
      locked: z.boolean(),
      approvedAt: z.string().nullable(),
      approvedMeetingId: z.number().nullable(),
      approvedAtMeeting: z.string().nullable(),
      approvedBy: z.string().nullable(),
    }),
  ),
  canRecord: z.boolean(),
  canGeneratePacks: z.boolean(),
  canApprovePlan: z.boolean(),
});

export const actionsResponse = z.object({
  today: z.string(),
  actions: z.array(boardAction.extend({ state: z.string() })),
  reminders: z.array(boardAction.extend({ state: z.string() })),
  overdue: z.array(boardAction.extend({ state: z.string() })),
});

const reportingItem = z.object({
  id: z.number(),
  kind: z.string(),
  title: z.string(),
  dueDate: z.string(),
  owner: z.string(),
  deliveredOn: z.string().nullable(),
  note: z.string().nullable(),
});

export const calendarResponse = z.object({
  today: z.string(),
  canUpdate: z.boolean(),
  items: z.array(reportingItem.extend({ state: z.string(), reason: z.string() })),
});

export const decisionRequest = z.object({
  text: z.string().trim().min(5, "Write the decision").max(5000),
});
export const boardActionRequest = z.object({
  text: z.string().trim().min(5, "Say what is to be done").max(2000),
  owner: z.string().trim().min(2, "Name the owner").max(200),
  dueDate: isoDate,
});
export const doneRequest = z.object({ doneOn: isoDate });
export const minutesRequest = z.object({
  minutes: z.string().max(100_000),
  attendance: z
    .array(z.object({ memberId: z.number().int().positive(), present: z.boolean() }))
    .max(200),
});
export const deliveredRequest = z.object({
  deliveredOn: isoDate,
  note: z.string().trim().max(2000).nullable().default(null),
});
export const packRequest = z.object({ audience: z.enum(["board", "members"]) });
export const createdResponse = z.object({ id: z.number() });

const commentaryEntry = z.object({
  id: z.number(),
  measureId: z.number(),
  text: z.string(),
  recordedBy: z.string().nullable(),
  recordedAt: z.string(),
});

export const reportResponse = z.object({
  item: reportingItem.extend({ state: z.string(), reason: z.string() }),
  meeting: z.object({ id: z.number(), title: z.string(), date: z.string() }).nullable(),
  measures: z.array(
    z.object({
      id: z.number(),
      ref: z.string(),
      group: z.string(),
      text: z.string(),
      status: z.string(),
      reason: z.string(),
      commentary: commentaryEntry.nullable(),
      history: z.array(commentaryEntry),
    }),
  ),
  packs: z.array(packSummary),
  canWrite: z.boolean(),
  canGenerate: z.boolean(),
});
export const commentaryRequest = z.object({
  measureId: z.number().int().positive(),
  text: z.string().trim().min(5, "Write the commentary").max(10_000),
});

export const scheduleRequest = z.object({
  bodyId: z.number().int().positive(),
  firstDate: isoDate,
  months: z.number().int().min(1).max(24).default(1),
  agenda: z.array(z.string().trim().min(2).max(300)).max(40).default([]),
});
export const scheduledResponse = z.object({ ids: z.array(z.number()) });

export const noticeRequest = z.object({
  issuedBy: z.string().trim().min(3, "Say who issued the notice").max(300),
  issuedOn: isoDate,
  services: z.string().trim().min(3, "Name the services").max(500),
  evidence: z.string().trim().min(10, "Give the evidence the notice cites").max(10_000),
  reference: z.string().trim().max(200).nullable().default(null),
  planApprovalDeadline: isoDate,
  measures: z
    .array(
      z.object({
        group: z.enum([
          "social_care_practice",
          "capacity_and_capability",
          "partnership_and_governance",
          "support",
        ]),
        text: z.string().trim().min(10, "Write the measure").max(5000),
        indicatorIds: z.array(z.string()).max(40).default([]),
      }),
    )
    .min(1, "Give at least one measure")
    .max(100),
});
export const noticeCreatedResponse = z.object({ id: z.number(), reportingItems: z.number() });

export const bodyRequest = z.object({
  name: z.string().trim().min(3, "Name the body").max(200),
  remit: z.string().trim().min(10, "Describe its remit").max(5000),
  accountableTo: z.string().trim().max(300).nullable().default(null),
  members: z
    .array(
      z.object({
        name: z.string().trim().min(2).max(200),
        role: z.string().trim().min(2).max(200),
        organisation: z.string().trim().min(2).max(200),
      }),
    )
    .max(60)
    .default([]),
});
