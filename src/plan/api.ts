/** Request and response shapes for the notice and the improvement plan. */
import { z } from "zod";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date written YYYY-MM-DD");
export const asAtQuery = z.object({ asAt: isoDate.optional() });

const rag = z.object({ rag: z.string(), reason: z.string() });

export const actionSummary = z
  .object({
    id: z.number(),
    ref: z.string(),
    title: z.string(),
    leadBody: z.string(),
    startDate: z.string(),
    dueDate: z.string(),
    workstream: z.string().nullable(),
    owners: z.array(z.object({ owner: z.string(), userId: z.number().nullable() })),
    measureRefs: z.array(z.string()),
    milestones: z.array(
      z.object({
        id: z.number(),
        title: z.string(),
        dueDate: z.string(),
        doneOn: z.string().nullable(),
      }),
    ),
    status: z.string(),
    percentComplete: z.number(),
    lastUpdate: z.object({ onDate: z.string(), text: z.string() }).nullable(),
  })
  .merge(rag);

const icsIssue = z.object({
  id: z.number(),
  ref: z.string(),
  raisedOn: z.string(),
  issue: z.string(),
  impact: z.string(),
  actionTaken: z.string(),
  status: z.string(),
});

export const planResponse = z.object({
  asAt: z.string(),
  actions: z.array(actionSummary),
  counts: z.record(z.string(), z.number()),
  icsIssues: z.array(icsIssue),
  versions: z.array(
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
  canManage: z.boolean(),
  canApprove: z.boolean(),
});

const evidenceItem = z.object({
  id: z.number(),
  kind: z.string(),
  title: z.string(),
  url: z.string().nullable(),
  fileName: z.string().nullable(),
  contentType: z.string().nullable(),
  byteSize: z.number().nullable(),
  sha256: z.string().nullable(),
  recordedBy: z.string().nullable(),
  recordedAt: z.string(),
});

export const noticeResponse = z.object({
  notice: z
    .object({
      id: z.number(),
      issuedBy: z.string(),
      issuedOn: z.string(),
      services: z.string(),
      evidence: z.string(),
      reference: z.string().nullable(),
      planApprovalDeadline: z.string(),
    })
    .nullable(),
  asAt: z.string().nullable(),
  indicatorMonth: z.string().nullable().optional(),
  measures: z.array(
    z.object({
      id: z.number(),
      ref: z.string(),
      group: z.string(),
      text: z.string(),
      indicatorIds: z.array(z.string()),
      status: z.string(),
      reason: z.string(),
      actions: z.array(
        z.object({
          id: z.number(),
          ref: z.string(),
          title: z.string(),
          rag: z.string(),
          reason: z.string(),
        }),
      ),
      indicators: z.array(
        z.object({
          id: z.string(),
          title: z.string(),
          value: z.union([z.number(), z.literal("c")]).nullable(),
          rag: z.object({ status: z.string(), reason: z.string() }),
        }),
      ),
      evidence: z.array(evidenceItem),
    }),
  ),
});

export const actionResponse = z.object({
  asAt: z.string(),
  action: actionSummary,
  updates: z.array(
    z.object({
      id: z.number(),
      onDate: z.string(),
      status: z.string(),
      percentComplete: z.number(),
      text: z.string(),
      recordedBy: z.string().nullable(),
      recordedAt: z.string(),
    }),
  ),
  evidence: z.array(evidenceItem),
  canUpdate: z.boolean(),
});

export const updateRequest = z.object({
  onDate: isoDate,
  status: z.enum(["not_started", "in_progress", "complete", "blocked"]),
  percentComplete: z.number().int().min(0).max(100),
  text: z.string().trim().min(5, "Say what has happened").max(5000),
});

export const linkEvidenceRequest = z.object({
  title: z.string().trim().min(3).max(200),
  url: z.string().trim().min(8).max(2000),
});

const icsText = (what: string) => z.string().trim().min(3, what).max(2000);
export const icsIssueRequest = z.object({
  raisedOn: isoDate,
  issue: icsText("Say what the issue is"),
  impact: icsText("Say what it affects"),
  actionTaken: z.string().trim().max(2000).default(""),
});
export const icsIssueUpdateRequest = z.object({
  impact: icsText("Say what it affects"),
  actionTaken: icsText("Say what has been done"),
  status: z.enum(["open", "closed"]),
});
export const icsIssueCreatedResponse = z.object({ id: z.number(), ref: z.string() });

const milestoneRequest = z.object({
  title: z.string().trim().min(3, "Name the milestone").max(300),
  dueDate: isoDate,
});
export const newActionRequest = z.object({
  title: z.string().trim().min(5, "Say what the action is").max(500),
  leadBody: z.string().trim().min(2, "Name the lead body").max(200),
  startDate: isoDate,
  dueDate: isoDate,
  ics: z.boolean().default(false),
  measureIds: z.array(z.number().int().positive()).min(1, "Link at least one measure").max(50),
  owners: z
    .array(
      z.object({
        owner: z.string().trim().min(2, "Name the owner").max(200),
        userId: z.number().int().positive().nullable().default(null),
      }),
    )
    .min(1, "Name at least one owner")
    .max(20),
  milestones: z.array(milestoneRequest).max(50).default([]),
});
export const newMilestoneRequest = milestoneRequest;
export const milestoneDoneRequest = z.object({ doneOn: isoDate });
export const peopleResponse = z.object({
  people: z.array(z.object({ id: z.number(), displayName: z.string(), roleLabel: z.string() })),
});
export const actionCreatedResponse = z.object({ id: z.number(), ref: z.string() });

export const approveRequest = z.object({ meetingId: z.number().int().positive() });
export const createdResponse = z.object({ id: z.number() });
