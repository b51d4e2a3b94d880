/** Request and response shapes for the performance dataset, shared by server and web. */
import { z } from "zod";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date written YYYY-MM-DD");
/** "c": withheld from this audience because it rests on 1 to 5 children */
const shown = z.union([z.number(), z.literal("c")]);

export const seriesName = z.enum(["month", "ytd", "rolling12"]);

export const scorecardQuery = z.object({ month: isoDate.optional() });

const direction = z.object({ direction: z.string(), reason: z.string() });

export const indicatorStatus = z.object({
  id: z.string(),
  title: z.string(),
  group: z.string(),
  description: z.string(),
  kind: z.enum(["count", "percent"]),
  polarity: z.enum(["high", "low", "none"]),
  precision: z.number(),
  version: z.number(),
  month: z.string().nullable(),
  numerator: shown.nullable(),
  denominator: shown.nullable(),
  value: shown.nullable(),
  target: z.number().nullable(),
  rag: z.object({ status: z.string(), reason: z.string() }),
  sincePreviousPeriod: direction,
  sinceYearEarlier: direction,
  signal: z.object({ variation: z.string(), note: z.string() }).nullable(),
  assurance: z.object({ assurance: z.string(), reason: z.string() }).nullable(),
  projection: z
    .object({
      onTrack: z.string(),
      reason: z.string(),
      projected: z.number().nullable(),
      low: z.number().nullable(),
      high: z.number().nullable(),
      target: z.number(),
      targetDate: z.string(),
    })
    .nullable(),
  sparkline: z.array(z.number().nullable()),
  exceptionReasons: z.array(z.string()),
});
export type IndicatorStatusView = z.infer<typeof indicatorStatus>;

const computation = z
  .object({ id: z.number(), computedAt: z.string(), trigger: z.string(), lastMonth: z.string() })
  .nullable();

export const scorecardResponse = z.object({
  computation,
  month: z.string().nullable(),
  months: z.array(z.string()),
  suppressed: z.boolean(),
  canDrillDown: z.boolean(),
  indicators: z.array(indicatorStatus),
});

const commentary = z.object({
  id: z.number(),
  indicatorId: z.string(),
  periodEnd: z.string(),
  owner: z.string(),
  narrative: z.string(),
  correctiveAction: z.string(),
  recordedBy: z.string().nullable(),
  recordedAt: z.string(),
});

export const exceptionsResponse = z.object({
  computation,
  month: z.string().nullable(),
  suppressed: z.boolean(),
  exceptions: z.array(z.object({ indicator: indicatorStatus, commentary: commentary.nullable() })),
});

export const targetStep = z.object({ from: isoDate, value: z.number() });

const targetRecord = z.object({
  id: z.number(),
  indicatorId: z.string(),
  steps: z.array(targetStep),
  tolerance: z.object({ kind: z.enum(["points", "percent"]), amount: z.number() }),
  targetDate: z.string(),
  agreedBy: z.string(),
  agreedAt: z.string(),
  agreedOn: z.string(),
  changeReason: z.string().nullable(),
  recordedBy: z.string().nullable(),
  recordedAt: z.string(),
});

export const indicatorParams = z.object({ id: z.string().regex(/^[a-z0-9_]{1,60}$/) });
export const indicatorQuery = z.object({
  series: seriesName.default("month"),
  month: isoDate.optional(),
});

export const indicatorResponse = z.object({
  computation,
  series: seriesName,
  suppressed: z.boolean(),
  canDrillDown: z.boolean(),
  definition: z.object({
    id: z.string(),
    title: z.string(),
    description: z.string(),
    numerator: z.string(),
    denominator: z.string().nullable(),
    kind: z.enum(["count", "percent"]),
    periodType: z.string(),
    polarity: z.enum(["high", "low", "none"]),
    unit: z.string(),
    precision: z.number(),
    recordTypes: z.array(z.string()),
    version: z.number(),
  }),
  status: indicatorStatus,
  points: z.array(
    z.object({
      periodStart: z.string(),
      periodEnd: z.string(),
      numerator: shown,
      denominator: shown.nullable(),
      value: shown.nullable(),
      excludedCount: z.number(),
      target: z.number().nullable(),
      rag: z.string(),
      mean: z.number().nullable(),
      upperLimit: z.number().nullable(),
      lowerLimit: z.number().nullable(),
      variation: z.string(),
      note: z.string(),
    }),
  ),
  spcWarnings: z.array(z.string()),
  changePoints: z.array(
    z.object({
      id: z.number(),
      fromMonth: z.string(),
      label: z.string(),
      indicatorId: z.string().nullable(),
    }),
  ),
  target: targetRecord.nullable(),
  targetHistory: z.array(targetRecord),
  teams: z.object({
    periodEnd: z.string().nullable(),
    rows: z.array(
      z.object({
        team: z.string(),
        numerator: shown,
        denominator: shown.nullable(),
        value: shown.nullable(),
      }),
    ),
  }),
  benchmarks: z.object({
    councilName: z.string().nullable(),
    neighbourList: z.string().nullable(),
    rows: z.array(
      z.object({
        year: z.string(),
        computed: shown.nullable(),
        published: z.number().nullable(),
        england: z.number().nullable(),
        neighbourMean: z.number().nullable(),
        neighboursWithValue: z.number(),
        neighbours: z.number(),
        source: z.string().nullable(),
      }),
    ),
  }),
  commentary: z.array(commentary),
});
export type IndicatorView = z.infer<typeof indicatorResponse>;

export const drillDownQuery = z.object({
  series: seriesName.default("month"),
  periodEnd: isoDate,
  part: z.enum(["numerator", "denominator"]).default("numerator"),
});

export const drillDownResponse = z.object({
  indicatorId: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  part: z.enum(["numerator", "denominator"]),
  total: z.number(),
  hidden: z.number(),
  rows: z.array(
    z.object({
      key: z.string(),
      record: z.string(),
      childId: z.number().nullable(),
      laChildId: z.string(),
      teamName: z.string().nullable(),
    }),
  ),
});

export const targetRequest = z.object({
  steps: z.array(targetStep).min(1).max(24),
  tolerance: z.object({ kind: z.enum(["points", "percent"]), amount: z.number().min(0).max(100) }),
  targetDate: isoDate,
  agreedBy: z.string().trim().min(2, "Say who agreed it").max(200),
  agreedAt: z.string().trim().min(2, "Say at which meeting").max(200),
  agreedOn: isoDate,
  changeReason: z.string().trim().max(2000).nullable().default(null),
});

export const commentaryRequest = z.object({
  periodEnd: isoDate,
  owner: z.string().trim().min(2, "Name the owner").max(200),
  narrative: z.string().trim().min(10, "Write at least 10 characters").max(5000),
  correctiveAction: z.string().trim().min(5, "Say what is being done").max(5000),
});

export const changePointRequest = z.object({
  indicatorId: z
    .string()
    .regex(/^[a-z0-9_]{1,60}$/)
    .nullable(),
  fromMonth: isoDate,
  label: z.string().trim().min(3).max(200),
});

export const createdResponse = z.object({ id: z.number() });
