/**
 * A CIN census return in the 2012-era layout (the 2017 XSD is the structural model):
 * every child with a referral open at any time in the collection year, each referral as
 * a CINdetails with its section 47 enquiries and child protection plans as they stood on
 * the view date. Initial and core assessments are not in the XML: the census of the
 * Working Together 2010 years did not carry them (they go to a canonical assessment CSV),
 * and nor did it carry child in need plan dates (a canonical cin_plan CSV).
 *
 * A referral open across 31 March is written the same way in both years' files, apart
 * from what happened in between (a closure, a conference, another plan review).
 */

import type { CollectionYear } from "./collections.ts";
import { type Day, isoDate } from "./days.ts";
import { OutputFile, xmlText } from "./output.ts";
import type { ChildStory, CpPlan, Referral } from "./story.ts";

const SCHOOL_AGE_DAYS = Math.round(4.6 * 365.25);

export class CinCensusWriter {
  readonly file: OutputFile;
  readonly collection: CollectionYear;
  children = 0;
  referrals = 0;

  constructor(path: string, collection: CollectionYear, laCode: string) {
    this.file = new OutputFile(path);
    this.collection = collection;
    const view = isoDate(collection.view);
    this.file.write(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<Message>",
        "  <Header>",
        "    <CollectionDetails>",
        "      <Collection>CIN</Collection>",
        `      <Year>${collection.year}</Year>`,
        `      <ReferenceDate>${view}</ReferenceDate>`,
        "    </CollectionDetails>",
        "    <Source>",
        "      <SourceLevel>L</SourceLevel>",
        `      <LEA>${laCode}</LEA>`,
        "      <SoftwareCode>Waymark demo council</SoftwareCode>",
        "      <Release>1</Release>",
        "      <SerialNo>001</SerialNo>",
        `      <DateTime>${view}T17:30:00</DateTime>`,
        "    </Source>",
        "  </Header>",
        "  <Children>",
        "",
      ].join("\n"),
    );
  }

  /** Writes the child if a referral of theirs was open in the year. */
  writeChild(story: ChildStory): void {
    const { start, view } = this.collection;
    const open = story.referrals.filter(
      (r) => r.date <= view && (r.closure === null || r.closure > view || r.closure >= start),
    );
    if (open.length === 0) return;
    this.children++;
    this.referrals += open.length;
    const child = story.child;
    const born = child.dob <= view;
    const lines: string[] = [
      "    <Child>",
      "      <ChildIdentifiers>",
      `        <LAchildID>${xmlText(child.id)}</LAchildID>`,
    ];
    if (child.upn !== null && view - child.dob >= SCHOOL_AGE_DAYS) {
      lines.push(`        <UPN>${child.upn}</UPN>`);
    }
    if (born) lines.push(`        <PersonBirthDate>${isoDate(child.dob)}</PersonBirthDate>`);
    else
      lines.push(
        `        <ExpectedPersonBirthDate>${isoDate(child.dob)}</ExpectedPersonBirthDate>`,
      );
    lines.push(
      `        <GenderCurrent>${born ? child.sex : "0"}</GenderCurrent>`,
      "      </ChildIdentifiers>",
      "      <ChildCharacteristics>",
      `        <Ethnicity>${born ? child.ethnicity : "NOBT"}</Ethnicity>`,
    );
    if (child.disabilities.length > 0) {
      lines.push("        <Disabilities>");
      for (const code of child.disabilities)
        lines.push(`          <Disability>${code}</Disability>`);
      lines.push("        </Disabilities>");
    }
    lines.push("      </ChildCharacteristics>");
    for (const referral of open) this.referral(lines, referral, view);
    lines.push("    </Child>", "");
    this.file.write(lines.join("\n"));
  }

  private referral(lines: string[], r: Referral, view: Day): void {
    const known = (d: Day | null) => d !== null && d <= view;
    lines.push(
      "      <CINdetails>",
      `        <CINreferralDate>${isoDate(r.date)}</CINreferralDate>`,
      `        <ReferralSource>${r.source}</ReferralSource>`,
      `        <PrimaryNeedCode>${r.need}</PrimaryNeedCode>`,
    );
    if (known(r.closure)) {
      lines.push(
        `        <CINclosureDate>${isoDate(r.closure as Day)}</CINclosureDate>`,
        `        <ReasonForClosure>${r.closureReason}</ReasonForClosure>`,
      );
    }
    const firstConference = r.s47s.find((s) => known(s.icpc))?.icpc ?? null;
    if (firstConference !== null) {
      lines.push(`        <DateOfInitialCPC>${isoDate(firstConference)}</DateOfInitialCPC>`);
    }
    for (const s of r.s47s) {
      if (s.start > view) continue;
      lines.push(
        "        <Section47>",
        `          <S47ActualStartDate>${isoDate(s.start)}</S47ActualStartDate>`,
        `          <InitialCPCtarget>${isoDate(s.icpcTarget)}</InitialCPCtarget>`,
      );
      if (known(s.icpc))
        lines.push(`          <DateOfInitialCPC>${isoDate(s.icpc as Day)}</DateOfInitialCPC>`);
      lines.push(
        `          <ICPCnotRequired>${s.icpcNotRequired ? 1 : 0}</ICPCnotRequired>`,
        "        </Section47>",
      );
    }
    lines.push(`        <ReferralNFA>${r.nfa ? 1 : 0}</ReferralNFA>`);
    for (const plan of r.cpPlans) if (plan.start <= view) this.plan(lines, plan, view);
    lines.push("      </CINdetails>");
  }

  private plan(lines: string[], plan: CpPlan, view: Day): void {
    lines.push(
      "        <ChildProtectionPlans>",
      `          <CPPstartDate>${isoDate(plan.start)}</CPPstartDate>`,
    );
    if (plan.end !== null && plan.end <= view) {
      lines.push(`          <CPPendDate>${isoDate(plan.end)}</CPPendDate>`);
    }
    const change = plan.categoryChange;
    const latest = change !== null && change.on <= view ? change.category : plan.initialCategory;
    lines.push(
      `          <InitialCategoryOfAbuse>${plan.initialCategory}</InitialCategoryOfAbuse>`,
      `          <LatestCategoryOfAbuse>${latest}</LatestCategoryOfAbuse>`,
      `          <NumberOfPreviousCPP>${plan.previousPlans}</NumberOfPreviousCPP>`,
    );
    const reviews = plan.reviews.filter((d) => d <= view);
    if (reviews.length > 0) {
      lines.push("          <Reviews>");
      for (const d of reviews)
        lines.push(`            <CPPreviewDate>${isoDate(d)}</CPPreviewDate>`);
      lines.push("          </Reviews>");
    }
    lines.push("        </ChildProtectionPlans>");
  }

  async close(): Promise<void> {
    this.file.write("  </Children>\n</Message>\n");
    await this.file.close();
  }
}
