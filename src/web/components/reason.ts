/**
 * A rating's reason as it reads beside its tag. The server's reasons repeat the verdict
 * ("Red: overdue by 6 days (due 2012-04-20)"); beside a tag that already says "Red" only
 * the rest is shown, and ISO dates are written as people write them ("20 April 2012").
 * A reason in any other shape is shown whole, never lost.
 */
import { formatDate } from "../format.ts";

/** "2012-04-20" anywhere in the text becomes "20 April 2012". */
export function readableDates(text: string): string {
  return text.replace(/\b\d{4}-\d{2}-\d{2}\b/g, (iso) => formatDate(iso));
}

/**
 * What the reason adds to a tag reading `label`; empty when it adds nothing. "Red: overdue
 * by 6 days" and "Delivered on time on 2012-02-07" lose the words the tag already says;
 * "Overdue by 26 days" is kept whole, since "By 26 days" would not read on its own.
 */
export function reasonBesideTag(label: string, reason: string): string {
  const trimmed = reason.trim();
  const lower = trimmed.toLowerCase();
  const tag = label.toLowerCase();
  if (lower === tag) return "";
  let rest = trimmed;
  if (lower.startsWith(`${tag}: `)) rest = trimmed.slice(tag.length + 2);
  else if (lower.startsWith(`${tag} on `)) rest = trimmed.slice(tag.length + 1);
  return readableDates(rest.charAt(0).toUpperCase() + rest.slice(1));
}
