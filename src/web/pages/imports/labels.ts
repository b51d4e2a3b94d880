/** Words for the codes an import run carries: its status, format and record types. */
type TagColour = "green" | "red" | "grey" | "orange" | "blue" | "yellow";

const STATUS: Record<string, { label: string; colour: TagColour }> = {
  loaded: { label: "Loaded", colour: "green" },
  rejected: { label: "Rejected", colour: "red" },
  unchanged: { label: "Unchanged", colour: "grey" },
  failed: { label: "Failed", colour: "orange" },
  running: { label: "Running", colour: "blue" },
};

export function statusTag(status: string): { label: string; colour: TagColour | undefined } {
  return STATUS[status] ?? { label: status, colour: undefined };
}

const FORMAT: Record<string, string> = {
  cin_census_xml: "CIN census (XML)",
  csww_xml: "Children's social work workforce census (XML)",
  ssda903_xml: "SSDA903 (XML)",
  ssda903_csv: "SSDA903 table (CSV)",
  canonical_csv: "Waymark canonical CSV",
};

export function formatLabel(format: string | null): string {
  if (!format) return "Not recognised";
  return FORMAT[format] ?? format;
}

const RECORD_TYPE: Record<string, string> = {
  child: "Children",
  referral: "Referrals",
  assessment: "Assessments",
  section47: "Section 47 enquiries",
  cp_plan: "Child protection plans",
  cin_plan: "Child in need plans",
  lac_episode: "Looked after episodes",
  lac_review: "Looked after reviews",
  missing_episode: "Missing episodes",
  care_leaver: "Care leavers",
  health_check: "Health checks",
  contact: "Contacts",
  early_help: "Early help episodes",
  visit: "Statutory visits",
  staff: "Staff",
  allocation: "Allocations",
};

export function recordTypeLabel(type: string): string {
  return RECORD_TYPE[type] ?? type;
}

export function totalRecords(counts: Record<string, number>): number {
  return Object.values(counts).reduce((sum, count) => sum + count, 0);
}

/** A number with thousands separators, as people read counts. */
export function formatCount(count: number): string {
  return count.toLocaleString("en-GB");
}

export function plural(count: number, one: string, many: string): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return plural(bytes, "byte", "bytes");
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Severity of a problem, in words; the colour only repeats them. */
export function severityTag(severity: string): { label: string; colour: TagColour | undefined } {
  if (severity === "error") return { label: "Error", colour: "red" };
  if (severity === "warning") return { label: "Warning", colour: "yellow" };
  return { label: severity, colour: undefined };
}
