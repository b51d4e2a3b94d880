/**
 * Records that several rows (or lists) of one Annex A file describe together. The
 * loader keeps the later of two records with the same natural key whole, which would
 * let List 6's referral (need, closure) wipe List 3's (source, NFA) for the same child
 * and date, and a contact row without a date of birth wipe the one from List 3. So the
 * parser merges first: a later non-empty value wins, an empty one never erases.
 */
import type { ChildRecord, ReferralRecord } from "../../model.ts";

function pick<T>(earlier: T | null, later: T | null): T | null {
  return later ?? earlier;
}

export class RecordMerger {
  private readonly children = new Map<string, ChildRecord>();
  private readonly referrals = new Map<string, ReferralRecord>();

  /** Folds what one row says about a child into what earlier rows said. */
  noteChild(child: ChildRecord): void {
    const earlier = this.children.get(child.laChildId);
    if (!earlier) {
      this.children.set(child.laChildId, child);
      return;
    }
    this.children.set(child.laChildId, {
      laChildId: child.laChildId,
      upn: pick(earlier.upn, child.upn),
      dateOfBirth: pick(earlier.dateOfBirth, child.dateOfBirth),
      sex: pick(earlier.sex, child.sex),
      ethnicity: pick(earlier.ethnicity, child.ethnicity),
      disabilities: child.disabilities.length > 0 ? child.disabilities : earlier.disabilities,
    });
  }

  /** The referral to emit: this one, completed from an earlier one with the same key. */
  referral(record: ReferralRecord): ReferralRecord {
    const key = `${record.laChildId}\u0000${record.referralDate}`;
    const earlier = this.referrals.get(key);
    const merged: ReferralRecord = earlier
      ? {
          laChildId: record.laChildId,
          referralDate: record.referralDate,
          source: pick(earlier.source, record.source),
          nfa: pick(earlier.nfa, record.nfa),
          primaryNeed: pick(earlier.primaryNeed, record.primaryNeed),
          closureDate: pick(earlier.closureDate, record.closureDate),
          closureReason: pick(earlier.closureReason, record.closureReason),
        }
      : record;
    this.referrals.set(key, merged);
    return merged;
  }

  /** Every child seen, in order of first appearance. */
  allChildren(): IterableIterator<ChildRecord> {
    return this.children.values();
  }
}
