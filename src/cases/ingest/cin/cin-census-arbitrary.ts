/**
 * fast-check generator of valid CIN census documents together with the records the
 * parser must emit for them. Formatting varies the way real suppliers' files do: old or
 * new sex element, boolean spellings, layout, comments, unknown elements.
 */
import fc from "fast-check";
import type {
  ChildLevelRecord,
  ChildRecord,
  CinPlanRecord,
  CpPlanRecord,
  IsoDate,
  ReferralRecord,
  Section47Record,
} from "../../model.ts";
import { cinCodes } from "./cin-codes.ts";

export interface GeneratedCensus {
  xml: string;
  records: ChildLevelRecord[];
  childCount: number;
  year: number;
  referenceDate: IsoDate;
  lea: string;
}

const EPOCH = Date.UTC(2000, 0, 1);
const DAY = 86_400_000;
const dayToIso = (day: number): IsoDate => new Date(EPOCH + day * DAY).toISOString().slice(0, 10);

const dayArb = fc.integer({ min: 0, max: 12_000 });
/** An optional end no earlier than its start (end-before-start is covered by unit tests). */
const endArb = (start: number) =>
  fc.option(
    fc.integer({ min: 0, max: 900 }).map((d) => start + d),
    { nil: null },
  );
const codeArb = (list: Parameters<typeof cinCodes>[0]) => fc.constantFrom(...cinCodes(list));

const TRUE_SPELLINGS = ["true", "1", "TRUE", " True ", "1\n"];
const FALSE_SPELLINGS = ["false", "0", "FALSE", " False", "\t0"];
const booleanArb = fc.tuple(fc.boolean(), fc.nat(4)).map(([value, i]) => ({
  value,
  text: (value ? TRUE_SPELLINGS : FALSE_SPELLINGS)[i] as string,
}));

const ID_CHARS = [..."ABCXYZabc0123456789-_&<>'\"é", "😀"];
const idArb = fc
  .array(fc.constantFrom(...ID_CHARS), { minLength: 1, maxLength: 12 })
  .map((chars) => chars.join(""));

const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

interface Nested {
  xml: string;
  record: ChildLevelRecord;
  key: string;
}

const assessmentArb = fc
  .tuple(dayArb, fc.uniqueArray(codeArb("assessmentFactor"), { maxLength: 4 }))
  .chain(([start, factors]) =>
    endArb(start).map((end): Nested => {
      const startDate = dayToIso(start);
      const completionDate = end === null ? null : dayToIso(end);
      return {
        key: `assessment|${startDate}`,
        xml: tag(
          "Assessments",
          `<AssessmentActualStartDate>${startDate}</AssessmentActualStartDate>`,
          completionDate &&
            `<AssessmentAuthorisationDate>${completionDate}</AssessmentAuthorisationDate>`,
          factors.length > 0 &&
            tag(
              "FactorsIdentifiedAtAssessment",
              ...factors.map((f) => `<AssessmentFactors>${f}</AssessmentFactors>`),
            ),
        ),
        record: {
          type: "assessment",
          record: {
            laChildId: "",
            kind: "single",
            startDate,
            completionDate,
            referralDate: null,
            childSeen: null,
            factors,
          },
        },
      };
    }),
  );

const cinPlanArb = dayArb.chain((start) =>
  endArb(start).map((end): Nested => {
    const record: CinPlanRecord = {
      laChildId: "",
      startDate: dayToIso(start),
      endDate: end === null ? null : dayToIso(end),
    };
    return {
      key: `cin_plan|${record.startDate}`,
      xml: tag(
        "CINPlanDates",
        `<CINPlanStartDate>${record.startDate}</CINPlanStartDate>`,
        record.endDate && `<CINPlanEndDate>${record.endDate}</CINPlanEndDate>`,
      ),
      record: { type: "cin_plan", record },
    };
  }),
);

const section47Arb = fc
  .tuple(dayArb, booleanArb, fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }))
  .chain(([start, notRequired, target]) =>
    endArb(start).map((icpc): Nested => {
      const record: Section47Record = {
        laChildId: "",
        startDate: dayToIso(start),
        referralDate: null,
        icpcTargetDate: target === null ? null : dayToIso(start + target),
        icpcDate: icpc === null ? null : dayToIso(icpc),
        icpcNotRequired: notRequired.value,
      };
      return {
        key: `section47|${record.startDate}`,
        xml: tag(
          "Section47",
          `<S47ActualStartDate>${record.startDate}</S47ActualStartDate>`,
          record.icpcTargetDate && `<InitialCPCtarget>${record.icpcTargetDate}</InitialCPCtarget>`,
          record.icpcDate && `<DateOfInitialCPC>${record.icpcDate}</DateOfInitialCPC>`,
          `<ICPCnotRequired>${notRequired.text}</ICPCnotRequired>`,
        ),
        record: { type: "section47", record },
      };
    }),
  );

const cpPlanArb = fc
  .tuple(
    dayArb,
    codeArb("categoryOfAbuse"),
    codeArb("categoryOfAbuse"),
    fc.nat(20),
    fc.array(fc.integer({ min: 0, max: 900 }), { maxLength: 5 }),
  )
  .chain(([start, initial, latest, previous, reviews]) =>
    endArb(start).map((end): Nested => {
      const reviewDates = reviews.map((d) => dayToIso(start + d));
      const record: CpPlanRecord = {
        laChildId: "",
        startDate: dayToIso(start),
        endDate: end === null ? null : dayToIso(end),
        initialCategory: initial,
        latestCategory: latest,
        previousPlans: previous,
        reviewDates: [...new Set(reviewDates)].sort(),
      };
      return {
        key: `cp_plan|${record.startDate}`,
        xml: tag(
          "ChildProtectionPlans",
          `<CPPstartDate>${record.startDate}</CPPstartDate>`,
          record.endDate && `<CPPendDate>${record.endDate}</CPPendDate>`,
          `<InitialCategoryOfAbuse>${initial}</InitialCategoryOfAbuse>`,
          `<LatestCategoryOfAbuse>${latest}</LatestCategoryOfAbuse>`,
          `<NumberOfPreviousCPP>${previous}</NumberOfPreviousCPP>`,
          reviewDates.length > 0 &&
            tag("Reviews", ...reviewDates.map((d) => `<CPPreviewDate>${d}</CPPreviewDate>`)),
        ),
        record: { type: "cp_plan", record },
      };
    }),
  );

interface GeneratedReferral {
  referral: ReferralRecord;
  nfaText: string;
  referralCpc: IsoDate | null;
  assessments: Nested[];
  cinPlans: Nested[];
  section47s: Nested[];
  cpPlans: Nested[];
}

const referralArb = fc
  .record({
    start: dayArb,
    source: codeArb("referralSource"),
    nfa: booleanArb,
    primaryNeed: fc.option(codeArb("primaryNeed"), { nil: null }),
    reason: codeArb("reasonForClosure"),
    referralCpc: fc.option(dayArb, { nil: null }),
    assessments: fc.array(assessmentArb, { maxLength: 2 }),
    cinPlans: fc.array(cinPlanArb, { maxLength: 2 }),
    section47s: fc.array(section47Arb, { maxLength: 2 }),
    cpPlans: fc.array(cpPlanArb, { maxLength: 2 }),
  })
  .chain((r) =>
    endArb(r.start).map((closure): GeneratedReferral => {
      const closureDate = closure === null ? null : dayToIso(closure);
      return {
        referral: {
          laChildId: "",
          referralDate: dayToIso(r.start),
          source: r.source,
          nfa: r.nfa.value,
          primaryNeed: r.primaryNeed,
          closureDate,
          closureReason: closureDate === null ? null : r.reason,
        },
        nfaText: r.nfa.text,
        referralCpc: r.referralCpc === null ? null : dayToIso(r.referralCpc),
        assessments: r.assessments,
        cinPlans: r.cinPlans,
        section47s: r.section47s,
        cpPlans: r.cpPlans,
      };
    }),
  );

const childArb = fc.record({
  id: idArb,
  upn: fc.option(fc.stringMatching(/^[A-Z]\d{11}[0-9A-Z]$/), { nil: null }),
  dob: fc.option(dayArb, { nil: null }),
  oldSchema: fc.boolean(),
  sexIndex: fc.nat(2),
  ethnicity: codeArb("ethnicity"),
  disabilities: fc.uniqueArray(codeArb("disability"), { maxLength: 3 }),
  referrals: fc.array(referralArb, { maxLength: 3 }),
});

type GeneratedChild = typeof childArb extends fc.Arbitrary<infer T> ? T : never;

function childParts(child: GeneratedChild): { xml: string; records: ChildLevelRecord[] } {
  const sexElement = child.oldSchema ? "GenderCurrent" : "Sex";
  const sex = (child.oldSchema ? ["1", "2", "9"] : ["M", "F", "U"])[child.sexIndex] as string;
  const record: ChildRecord = {
    laChildId: child.id.trim(),
    upn: child.upn,
    dateOfBirth: child.dob === null ? null : dayToIso(child.dob),
    sex,
    ethnicity: child.ethnicity,
    disabilities: child.disabilities,
  };
  const records: ChildLevelRecord[] = [{ type: "child", record }];
  const keys = new Set<string>();
  // Keys repeat only by chance here; duplicates have their own unit test.
  const unique = (items: Nested[]) =>
    items.filter((item) => {
      if (keys.has(item.key)) return false;
      keys.add(item.key);
      return true;
    });
  const details: string[] = [];
  for (const r of child.referrals) {
    if (keys.has(`referral|${r.referral.referralDate}`)) continue;
    keys.add(`referral|${r.referral.referralDate}`);
    const nested = {
      assessments: unique(r.assessments),
      cinPlans: unique(r.cinPlans),
      section47s: unique(r.section47s),
      cpPlans: unique(r.cpPlans),
    };
    details.push(referralXml(r, nested));
    const referralDate = r.referral.referralDate;
    records.push({ type: "referral", record: { ...r.referral, laChildId: record.laChildId } });
    for (const item of [
      ...nested.assessments,
      ...nested.cinPlans,
      ...nested.section47s,
      ...nested.cpPlans,
    ]) {
      const copy = structuredClone(item.record);
      copy.record.laChildId = record.laChildId;
      if (copy.type === "assessment" || copy.type === "section47") {
        copy.record.referralDate = referralDate;
      }
      records.push(copy);
    }
  }
  const xml = tag(
    "Child",
    tag(
      "ChildIdentifiers",
      `<LAchildID>${escapeXml(child.id)}</LAchildID>`,
      record.upn && `<UPN>${record.upn}</UPN>`,
      "<FormerUPN>A00000000000B</FormerUPN>",
      record.dateOfBirth && `<PersonBirthDate>${record.dateOfBirth}</PersonBirthDate>`,
      `<${sexElement}>${sex}</${sexElement}>`,
    ),
    tag(
      "ChildCharacteristics",
      `<Ethnicity>${child.ethnicity}</Ethnicity>`,
      child.disabilities.length > 0 &&
        tag("Disabilities", ...child.disabilities.map((d) => `<Disability>${d}</Disability>`)),
    ),
    ...details,
  );
  return { xml, records };
}

function referralXml(
  r: GeneratedReferral,
  nested: { assessments: Nested[]; cinPlans: Nested[]; section47s: Nested[]; cpPlans: Nested[] },
): string {
  const x = r.referral;
  return tag(
    "CINdetails",
    `<CINreferralDate>${x.referralDate}</CINreferralDate>`,
    `<ReferralSource>${x.source}</ReferralSource>`,
    x.primaryNeed && `<PrimaryNeedCode>${x.primaryNeed}</PrimaryNeedCode>`,
    x.closureDate && `<CINclosureDate>${x.closureDate}</CINclosureDate>`,
    x.closureReason && `<ReasonForClosure>${x.closureReason}</ReasonForClosure>`,
    // The referral-level conference date must not leak into section 47 records.
    r.referralCpc && `<DateOfInitialCPC>${r.referralCpc}</DateOfInitialCPC>`,
    ...nested.assessments.map((n) => n.xml),
    ...nested.cinPlans.map((n) => n.xml),
    ...nested.section47s.map((n) => n.xml),
    `<ReferralNFA>${r.nfaText}</ReferralNFA>`,
    ...nested.cpPlans.map((n) => n.xml),
  );
}

function tag(name: string, ...content: (string | false | null)[]): string {
  return `<${name}>\n${content.filter((c): c is string => typeof c === "string").join("\n")}\n</${name}>`;
}

export const cinCensusArb: fc.Arbitrary<GeneratedCensus> = fc
  .record({
    children: fc.array(childArb, { maxLength: 4 }),
    year: fc.integer({ min: 2017, max: 2026 }),
    lea: fc.integer({ min: 100, max: 999 }).map(String),
    declaration: fc.boolean(),
    indent: fc.constantFrom("", "  ", "\t"),
    crlf: fc.boolean(),
    comment: fc.boolean(),
  })
  .map((g) => {
    const referenceDate = `${g.year}-03-31`;
    const parts = g.children.map(childParts);
    const body = [
      g.comment ? "<!-- generated -->" : "",
      tag(
        "Message",
        tag(
          "Header",
          tag(
            "CollectionDetails",
            "<Collection>CIN</Collection>",
            `<Year>${g.year}</Year>`,
            `<ReferenceDate>${referenceDate}</ReferenceDate>`,
          ),
          tag("Source", "<SourceLevel>L</SourceLevel>", `<LEA>${g.lea}</LEA>`),
        ),
        tag("Children", ...parts.map((p) => p.xml)),
      ),
    ];
    const newline = g.crlf ? "\r\n" : "\n";
    const indented = body
      .filter((l) => l !== "")
      .join("\n")
      .split("\n")
      .map((l) => g.indent + l)
      .join(newline);
    // The declaration, when present, must be the very first thing in the file.
    const xml = g.declaration
      ? `<?xml version="1.0" encoding="UTF-8"?>${newline}${indented}`
      : indented;
    return {
      xml,
      records: parts.flatMap((p) => p.records),
      childCount: g.children.length,
      year: g.year,
      referenceDate,
      lea: g.lea,
    };
  });
