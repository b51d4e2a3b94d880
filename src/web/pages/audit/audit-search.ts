/** The audit page's filters, as they appear in the page address. */
export interface AuditSearch {
  userId?: number | undefined;
  childId?: number | undefined;
  action?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  beforeId?: number | undefined;
}

function positive(value: unknown): number | undefined {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : undefined;
}

function isoDate(value: unknown): string | undefined {
  return typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
}

/** Tolerant: an edited address with a bad value drops that filter rather than failing. */
export function parseAuditSearch(raw: Record<string, unknown>): AuditSearch {
  const action = typeof raw.action === "string" && raw.action.length <= 60 ? raw.action : undefined;
  return {
    userId: positive(raw.userId),
    childId: positive(raw.childId),
    action: action || undefined,
    from: isoDate(raw.from),
    to: isoDate(raw.to),
    beforeId: positive(raw.beforeId),
  };
}
