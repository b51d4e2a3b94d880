/**
 * The children's social work workforce census (CSWW) for one 30 September, in the layout
 * of the liia-tools sample: LA-level vacancies and agency cover, then a CSWWWorker for
 * everyone in post on the census date or who left in the year before it. SWENo is the
 * staff id the allocation extract uses.
 */
import { type Day, isoDate } from "./days.ts";
import { OutputFile, xmlText } from "./output.ts";
import type { Worker, Workforce } from "./people.ts";
import { mixSeed, Rng } from "./sampling.ts";

const QUALIFYING_INSTITUTIONS = [
  "Anglia Ruskin University",
  "University of East Anglia",
  "De Montfort University",
  "University of Bedfordshire",
  "The Open University",
  "University of Lincoln",
  "University of Nottingham",
  "University of Hertfordshire",
  "Qualified outside the UK",
];

export interface CswwResult {
  path: string;
  rows: number;
  bytes: number;
  agencyShare: number;
  inPost: number;
}

const fte6 = (value: number) => value.toFixed(6);

export async function writeCsww(
  path: string,
  census: Day,
  censusIndex: number,
  workforces: readonly Workforce[],
  laCode: string,
): Promise<CswwResult> {
  const year = Number(isoDate(census).slice(0, 4));
  const yearStart = census - 364;
  const file = new OutputFile(path);
  let posts = 0;
  let permanentFte = 0;
  let agencyFte = 0;
  let agencyHeads = 0;
  let caseHolders = 0;
  let agencyCaseHolders = 0;
  const rows: string[] = [];
  for (const workforce of workforces) {
    posts += workforce.establishment[censusIndex] ?? 0;
    for (const w of workforce.workers) {
      if (w.start > census || (w.end !== null && w.end < yearStart)) continue;
      const inPost = w.end === null || w.end >= census;
      if (inPost) {
        if (w.agency) {
          agencyHeads++;
          if (w.orgRole !== "3") agencyFte += w.fte;
        } else if (w.orgRole !== "3") {
          permanentFte += w.fte;
        }
        if (w.orgRole !== "3") {
          caseHolders++;
          if (w.agency) agencyCaseHolders++;
        }
      }
      rows.push(workerXml(w, inPost, census, year, workforce.caseload(w, censusIndex)));
    }
  }
  file.write(
    [
      '<?xml version="1.0" encoding="UTF-8"?>',
      "<Message>",
      "  <Header>",
      "    <CollectionDetails>",
      "      <Collection>CSWW</Collection>",
      `      <Year>${year}</Year>`,
      `      <ReferenceDate>${isoDate(census)}</ReferenceDate>`,
      "    </CollectionDetails>",
      "    <Source>",
      "      <SourceLevel>L</SourceLevel>",
      `      <LEA>${laCode}</LEA>`,
      "      <SoftwareCode>Waymark demo council</SoftwareCode>",
      `      <DateTime>${isoDate(census)}T17:30:00Z</DateTime>`,
      "    </Source>",
      "  </Header>",
      "  <LALevelVacancies>",
      `    <NumberOfVacancies>${Math.max(0, posts - permanentFte).toFixed(2)}</NumberOfVacancies>`,
      `    <NoAgencyFTE>${agencyFte.toFixed(2)}</NoAgencyFTE>`,
      `    <NoAgencyHeadcount>${agencyHeads}</NoAgencyHeadcount>`,
      "  </LALevelVacancies>",
      "",
    ].join("\n"),
  );
  for (const row of rows) file.row(row);
  file.write("</Message>\n");
  await file.close();
  return {
    path,
    rows: file.rows,
    bytes: file.bytes,
    agencyShare: caseHolders === 0 ? 0 : agencyCaseHolders / caseHolders,
    inPost: caseHolders,
  };
}

function workerXml(w: Worker, inPost: boolean, census: Day, year: number, cases: number): string {
  const rng = new Rng(mixSeed(w.seed, year));
  const lines = [
    "  <CSWWWorker>",
    `    <AgencyWorker>${w.agency ? 1 : 0}</AgencyWorker>`,
    `    <SWENo>${w.staffId}</SWENo>`,
    `    <FTE>${fte6(w.fte)}</FTE>`,
    `    <PersonBirthDate>${isoDate(w.dob)}</PersonBirthDate>`,
    `    <GenderCurrent>${w.sex}</GenderCurrent>`,
    `    <Ethnicity>${w.ethnicity}</Ethnicity>`,
    `    <QualInst>${xmlText(QUALIFYING_INSTITUTIONS[w.seed % QUALIFYING_INSTITUTIONS.length] ?? "")}</QualInst>`,
    `    <QualLevel>${w.seed % 10 < 6 ? 1 : w.seed % 10 < 9 ? 2 : 3}</QualLevel>`,
    `    <StepUpGrad>0</StepUpGrad>`,
    `    <OrgRole>${w.orgRole}</OrgRole>`,
    `    <RoleStartDate>${isoDate(w.start)}</RoleStartDate>`,
  ];
  if (w.startOrigin !== null) lines.push(`    <StartOrigin>${w.startOrigin}</StartOrigin>`);
  if (!inPost && w.end !== null) {
    lines.push(`    <RoleEndDate>${isoDate(w.end)}</RoleEndDate>`);
    if (!w.agency) {
      lines.push(
        `    <LeaverDestination>${rng.pick(["1", "1", "1", "3", "4", "5", "6", "8"])}</LeaverDestination>`,
        `    <ReasonLeave>${rng.pick(["1", "1", "1", "1", "5", "7", "8", "9"])}</ReasonLeave>`,
      );
    }
  }
  if (inPost) {
    lines.push(`    <FTE30>${fte6(w.fte)}</FTE30>`);
    if (w.orgRole !== "3") lines.push(`    <Cases30>${cases}</Cases30>`);
  }
  if (!w.agency) {
    const lost = rng.chance(0.35) ? 0 : rng.lognormal(6, 1);
    lines.push(`    <WorkingDaysLost>${Math.min(200, lost).toFixed(2)}</WorkingDaysLost>`);
  } else {
    const from = Math.max(w.start, census - 364);
    const to = inPost || w.end === null ? census : w.end;
    lines.push(`    <ContractWeeks>${(Math.max(0, to - from + 1) / 7).toFixed(1)}</ContractWeeks>`);
  }
  lines.push("    <FrontlineGrad>0</FrontlineGrad>");
  if (inPost) {
    const absent = rng.chance(0.04);
    lines.push(`    <Absat30Sept>${absent ? 1 : 0}</Absat30Sept>`);
    if (absent)
      lines.push(
        `    <ReasonAbsence>${rng.pick(["SIC", "SIC", "MAT", "TRN", "OTH"])}</ReasonAbsence>`,
      );
  }
  // The ASYE began in September 2012: newly qualified starters from then are in it.
  if (w.startOrigin === "1" && w.start >= census - 364 && year >= 2012) {
    lines.push("    <CFKSSstatus>1</CFKSSstatus>");
  }
  lines.push("  </CSWWWorker>");
  return lines.join("\n");
}
