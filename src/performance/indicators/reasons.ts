/** Why a record was left out of an indicator. Stable strings: reports group by them. */
export const REASONS = {
  /** end date before start date for the pair of dates the indicator times */
  endBeforeStart: "end before start",
  /** initial assessment without the date of the referral it was recorded under */
  missingReferralDate: "missing date",
  /** ReferralNFA missing or not a recognised boolean */
  missingNfa: "missing no-further-action flag",
  /** no earlier plan and NumberOfPreviousCPP missing or not numeric */
  unknownPreviousPlans: "unknown previous plans",
  /** the looked-after episodes do not link back to an episode with RNE = S */
  chainBroken: "period of care chain broken",
  /** a date that is not a real YYYY-MM-DD date (should have been caught on import) */
  invalidDate: "invalid date",
  /** AssessmentRecord.childSeen not recorded */
  missingChildSeen: "missing child-seen flag",
  /** no usable mid-year child population estimate for the period (none, or not a count) */
  noPopulation: "no child population estimate",
  /** the estimate is smaller than the count it divides: the estimate must be wrong */
  populationTooSmall: "population estimate smaller than the count",
  /** a child in the OC2 cohort with no health_check row for that year */
  noHealthCheckRecord: "no health check record for the year",
  /** the OC2 row has no (or an unrecognised) value for the check being measured */
  missingCheckFlag: "missing check flag",
  /** an OC2 row without a collection year cannot be matched to a year */
  missingCollectionYear: "missing collection year",
  /** the indicator needs the child's age and there is no valid date of birth */
  missingDateOfBirth: "missing date of birth",
} as const;
