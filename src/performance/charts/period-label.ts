/**
 * Short period labels for chart axes ("Mar 2013"), from ISO dates, without `Date`, so the
 * label never depends on the machine's time zone (the server renders the same charts).
 */
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export function shortMonth(isoDate: string): string {
  const month = Number(isoDate.slice(5, 7));
  return `${MONTHS[month - 1] ?? "?"} ${isoDate.slice(0, 4)}`;
}
