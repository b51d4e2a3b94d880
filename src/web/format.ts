/** Dates and times as people in English councils write them, always in UK time. */
const dateTime = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "Europe/London",
});

// Dates of birth and allocation dates are calendar dates: format them in UTC so no
// timezone shift can move them a day.
const dateOnly = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return "";
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
}

export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return "";
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : dateOnly.format(date);
}

// Performance figures are monthly: "March 2013". UTC for the same reason as dateOnly.
const monthOnly = new Intl.DateTimeFormat("en-GB", {
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

export function formatMonth(isoDate: string | null | undefined): string {
  if (!isoDate) return "";
  const date = new Date(`${isoDate.slice(0, 7)}-01T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : monthOnly.format(date);
}
