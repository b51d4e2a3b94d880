/**
 * The Annex A pick lists (the template's "Codes_used" sheet, August 2019), as the codes
 * Waymark stores and the texts LAs write for them. A value is accepted as its code
 * ("6", "PR4"), its label ("Police"), or the template's prefixed form ("q) 6: Police",
 * "a) Yes"); see pick-values.ts. Where the canonical model already has a code space
 * (CIN census, SSDA903) the code is that one, so Annex A records line up with records
 * from the statutory returns: gender M/F/U, categories of abuse NEG/PHY/..., care leaver
 * "in touch" YES/NO/....
 *
 * Labels shared by several codes ("Individual" is 1A-1D) are left out: they cannot say
 * which code was meant, so such a value is reported rather than guessed.
 */

export interface PickOption {
  /** What is stored. */
  code: string;
  /** Other texts that mean this option (matched after normalisation). */
  labels: readonly string[];
}

export interface PickList {
  /** Shown in messages: "not in the Annex A <name> list". */
  name: string;
  options: readonly PickOption[];
}

const opt = (code: string, ...labels: string[]): PickOption => ({ code, labels });

const YES = opt("YES", "yes", "y", "true", "1");
const NO = opt("NO", "no", "n", "false", "0");
const UNKNOWN = opt("UNKNOWN", "unknown", "not known", "u");

export const PICK_LISTS = {
  // M/F/U as CIN census `Sex` and SSDA903 `SEX`. "Neither" has no code there: stored as U.
  gender: {
    name: "gender",
    options: [
      opt("M", "male", "1"),
      opt("F", "female", "2"),
      opt(
        "U",
        "not stated/recorded",
        "not stated/recorded (or unborn)",
        "not stated",
        "not recorded",
        "not known",
        "unknown",
        "unborn",
        "0",
        "neither",
        "indeterminate",
        "9",
      ),
    ],
  },
  ethnicity: {
    name: "ethnicity",
    options: [
      opt("WBRI", "White British"),
      opt("WIRI", "White Irish"),
      opt("WIRT", "Traveller of Irish heritage"),
      opt("WOTH", "Any other White background"),
      opt("WROM", "Gypsy/Roma"),
      opt("MWBC", "White and Black Caribbean"),
      opt("MWBA", "White and Black African"),
      opt("MWAS", "White and Asian"),
      opt("MOTH", "Any other Mixed background"),
      opt("AIND", "Indian"),
      opt("APKN", "Pakistani"),
      opt("ABAN", "Bangladeshi"),
      opt("AOTH", "Any other Asian background"),
      opt("BCRB", "Caribbean"),
      opt("BAFR", "African"),
      opt("BOTH", "Any other Black background"),
      opt("CHNE", "Chinese"),
      opt("OOTH", "Any other ethnic group"),
      opt("REFU", "Refused"),
      opt("NOBT", "Information not yet obtained", "Not obtained"),
    ],
  },
  // CIN census referral source codes (5D from 2024 is accepted too).
  source: {
    name: "contact/referral source",
    options: [
      opt("1A"),
      opt("1B"),
      opt("1C"),
      opt("1D"),
      opt("2A", "Schools"),
      opt("2B", "Education services"),
      opt("3A"),
      opt("3B"),
      opt("3C"),
      opt("3D"),
      opt("3E"),
      opt("3F"),
      opt("4", "Housing"),
      opt("5A"),
      opt("5B"),
      opt("5C"),
      opt("5D"),
      opt("6", "Police"),
      opt("7", "Other legal agency"),
      opt("8", "Other"),
      opt("9", "Anonymous"),
      opt("10", "Unknown"),
    ],
  },
  yesNo: { name: "yes/no", options: [YES, NO] },
  yesNoUnknown: { name: "yes/no/unknown", options: [YES, NO, UNKNOWN] },
  primaryNeed: {
    name: "primary need",
    options: [
      opt("N1", "Abuse or neglect"),
      opt("N2", "Child's disability"),
      opt("N3", "Parental disability or illness", "Parental illness or disability"),
      opt("N4", "Family in acute stress"),
      opt("N5", "Family dysfunction"),
      opt("N6", "Socially unacceptable behaviour"),
      opt("N7", "Low income"),
      opt("N8", "Absent parenting"),
      opt("N9", "Cases other than children in need"),
      opt("N0", "Not stated"),
    ],
  },
  // CIN census reason for closure (RC9 was added to the census after the 2019 template).
  closureReason: {
    name: "reason for closure",
    options: [
      opt("RC1", "Adopted"),
      opt("RC2", "Died"),
      opt("RC3", "Child arrangements order"),
      opt("RC4", "Special guardianship order"),
      opt("RC5", "Transferred to services of another local authority"),
      opt("RC6", "Transferred to adult social care services"),
      opt("RC7", "Services ceased for any other reason, including child no longer in need"),
      opt("RC8", "Case closed after assessment, no further action"),
      opt("RC9", "Case closed after assessment, referred to early help"),
    ],
  },
  caseStatus: {
    name: "case status",
    options: [
      opt("Looked after child"),
      opt("Child Protection plan"),
      opt("Child in need plan"),
      opt("Open assessment"),
      opt("Closed episode"),
    ],
  },
  // CIN census category of abuse codes.
  abuseCategory: {
    name: "category of abuse",
    options: [
      opt("NEG", "Neglect"),
      opt("PHY", "Physical abuse", "Physical"),
      opt("SAB", "Sexual abuse", "Sexual"),
      opt("EMO", "Emotional abuse", "Emotional"),
      opt("MUL", "Multiple/not recommended", "Multiple"),
    ],
  },
  // SSDA903 CIN (category of need) codes.
  categoryOfNeed: {
    name: "category of need",
    options: [
      opt("N1", "Abuse or neglect"),
      opt("N2", "Child's disability"),
      opt("N3", "Parental illness or disability", "Parental disability or illness"),
      opt("N4", "Family in acute stress"),
      opt("N5", "Family dysfunction"),
      opt("N6", "Socially unacceptable behaviour"),
      opt("N7", "Low income"),
      opt("N8", "Absent parenting"),
    ],
  },
  // SSDA903 LS codes.
  legalStatus: {
    name: "legal status",
    options: [
      opt("C1", "ICO", "Interim care order"),
      opt("C2", "FCO", "Full care order"),
      opt("D1", "Freeing order"),
      opt("E1", "Placement order"),
      opt("V2", "Single period under S20"),
      opt("L1", "Police protection LA accommodation"),
      opt("L2", "EPO", "Emergency protection order"),
      opt("L3", "Child assessment order LA accommodation"),
      opt("J1", "Remanded to LA or youth detention"),
      opt("J2", "LA accommodation under PACE"),
      opt("J3", "Youth rehabilitation order"),
      opt("V3", "Short term breaks, episodes recorded"),
      opt("V4", "Short term breaks, agreements recorded"),
    ],
  },
  permanencePlan: {
    name: "permanence plan",
    options: [
      opt("Return to family"),
      opt("Adoption"),
      opt("SGO/CAO"),
      opt("Supported living in the community"),
      opt("Long-term residential placement"),
      opt("Long-term fostering"),
      opt("Other"),
    ],
  },
  // SSDA903 REC codes (E17 added to the 903 after the 2019 template).
  reasonCeased: {
    name: "reason ceased to be looked after",
    options: [
      opt("E11", "Adopted - application unopposed"),
      opt("E12", "Adopted - consent dispensed"),
      opt("E2", "Died"),
      opt("E3", "Care taken by another LA"),
      opt("E4A", "Returned home to live with parents or relatives - part of planning"),
      opt("E4B", "Returned home to live with parents or relatives - not part of planning"),
      opt("E13", "Parents, relatives or other with no parental responsibility"),
      opt("E41", "Residence order granted"),
      opt("E45", "Special Guardianship Orders - former carer relative/friend"),
      opt("E46", "Special Guardianship Orders - former carer other"),
      opt("E47", "Special Guardianship Orders - relative/friend"),
      opt("E48", "Special Guardianship Orders - other"),
      opt("E5", "Moved into independent living - supported"),
      opt("E6", "Moved into independent living - no support"),
      opt("E7", "Transferred to residential care funded by adult social services"),
      opt("E9", "Sentenced to custody"),
      opt("E14", "Accommodation on remand ended"),
      opt("E15", "Age assessment determined child was 18 or over"),
      opt("E16", "Child moved abroad"),
      opt("E17", "Aged 18 or over and remained with current carers"),
      opt("E8", "Care ceased for any other reason"),
      opt("X1", "CodeError"),
    ],
  },
  // SSDA903 PLACE codes: the template's list plus codes the 903 has added since.
  placementType: {
    name: "placement type",
    options: [
      opt("U1", "Foster placement - relatives - long term"),
      opt("U2", "Foster placement - relative - FFA"),
      opt("U3", "Foster placement - relative - not FFA"),
      opt("U4", "Foster placement - long term"),
      opt("U5", "Foster placement - FFA"),
      opt("U6", "Foster placement - not FFA"),
      opt("A3", "Placed for adoption - consent - current foster"),
      opt("A4", "Placed for adoption - consent - not foster"),
      opt("A5", "Placed for adoption - order - foster"),
      opt("A6", "Placed for adoption - order - not foster"),
      opt("P1", "Placed with parents"),
      opt("P2", "Independent living"),
      opt("P3", "Residential employment"),
      opt("H5", "Residential accommodation"),
      opt("K1", "Secure Children's Homes"),
      opt("K2", "Children's Homes"),
      opt("K3"),
      opt("R1", "Residential Care Home"),
      opt("R2", "NHS/Health Trust"),
      opt("R3", "Family Centre or Mother and Baby Unit"),
      opt("R5", "Young Offender Institution"),
      opt("S1", "Residential school"),
      opt("Z1", "Other placements"),
      opt("Z11"),
      opt("Z12"),
      opt("Z13"),
      opt("Z14"),
      opt("T0", "Temporary placement"),
      opt("T1", "Temporary placement - hospital"),
      opt("T2", "Temporary placement - holiday"),
      opt("T3", "Temporary placement - carer holiday"),
      opt("T4", "Temporary placement - seven days or less"),
    ],
  },
  // SSDA903 PLACE_PROVIDER codes.
  placementProvider: {
    name: "placement provider",
    options: [
      opt("PR0", "Parents/Parental responsibility"),
      opt("PR1", "Own provision"),
      opt("PR2", "Other LA provision"),
      opt("PR3", "Other public provision"),
      opt("PR4", "Private provision"),
      opt("PR5", "Voluntary/third sector"),
    ],
  },
  placementLocation: {
    name: "placement location",
    options: [opt("IN", "In", "Inside"), opt("OUT", "Out", "Outside")],
  },
  eligibility: {
    name: "eligibility category",
    options: [opt("Relevant child"), opt("Former relevant child"), opt("Qualifying care leaver")],
  },
  // SSDA903 OC3 IN_TOUCH codes.
  inTouch: {
    name: "LA in touch",
    options: [
      opt("YES", "yes", "y"),
      opt("NO", "no", "n"),
      opt("DIED", "died"),
      opt("REFU", "refused"),
      opt("NREQ", "not required"),
      opt("RHOM", "returned home"),
    ],
  },
  // The letter of SSDA903 OC3 ACCOM (the digit is the suitability, below).
  accommodationType: {
    name: "type of accommodation",
    options: [
      opt("B", "Parents/relatives"),
      opt("C", "Community home / residential care"),
      opt("D", "Semi-independent, transitional accommodation and self-contained accommodation"),
      opt("E", "Supported lodgings"),
      opt("G", "Abroad"),
      opt("H", "Deported"),
      opt("K", "Ordinary lodgings, without formal support"),
      opt("R", "Residence not known"),
      opt("S", "No fixed abode / homeless"),
      opt("T", "Foyers and similar supported accommodation"),
      opt("U", "Independent living"),
      opt("V", "Emergency accommodation"),
      opt("W", "Bed and breakfast"),
      opt("X", "In custody"),
      opt("Y", "Other accommodation"),
      opt("Z", "With former foster carers"),
    ],
  },
  // The digit of SSDA903 OC3 ACCOM.
  suitability: {
    name: "suitability of accommodation",
    options: [opt("1", "Suitable"), opt("2", "Unsuitable")],
  },
  // SSDA903 OC3 ACTIV codes: the template's list plus the 903's later F4/P4/F5/P5.
  activity: {
    name: "activity status",
    options: [
      opt("F1", "Full time in higher education"),
      opt("P1", "Part time in higher education"),
      opt("F2", "Full time in education other than higher"),
      opt("P2", "Part time in education other than higher"),
      opt("F3", "Full time in training or employment"),
      opt("P3", "Part time in training or employment"),
      opt("F4"),
      opt("P4"),
      opt("F5"),
      opt("P5"),
      opt("G4", "Not in education, employment or training - illness or disability"),
      opt("G5", "Not in education, employment or training - other"),
      opt("G6", "Not in education, employment or training - pregnancy or parenting"),
    ],
  },
  noLongerPlacedReason: {
    name: "reason no longer placed for adoption",
    options: [
      opt("RD1", "The child's needs changed subsequent to the decision"),
      opt("RD2", "The Court did not make a placement order"),
      opt("RD3", "Prospective adopters could not be found"),
      opt("RD4", "Any other reason"),
    ],
  },
  leftAdoptionReason: {
    name: "reason for leaving adoption process",
    options: [
      opt("1", "Adopter withdrew from process"),
      opt("2", "Process put on hold"),
      opt("3", "Application refused"),
    ],
  },
} as const satisfies Record<string, PickList>;

export type PickListName = keyof typeof PICK_LISTS;
