/**
 * Synthetic extracts of a given size for the import benchmark: a canonical referrals CSV,
 * a CIN census XML (each child: one referral with one assessment) and an SSDA903 episodes
 * CSV. Written streaming, so a million-record file needs no memory to speak of.
 */
import { createWriteStream, existsSync, mkdirSync, renameSync } from "node:fs";
import { join } from "node:path";

type Writer = (line: string) => Promise<void>;

async function writeFile(path: string, body: (write: Writer) => Promise<void>): Promise<string> {
  if (existsSync(path)) return path;
  const out = createWriteStream(`${path}.partial`);
  const write: Writer = async (line) => {
    if (!out.write(line)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
  };
  await body(write);
  await new Promise<void>((resolve) => out.end(() => resolve()));
  renameSync(`${path}.partial`, path);
  return path;
}

const day = (i: number) =>
  `20${10 + (i % 3)}-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`;
const ukDay = (i: number) =>
  `${String(1 + (i % 28)).padStart(2, "0")}/${String(1 + (i % 12)).padStart(2, "0")}/20${10 + (i % 3)}`;

export async function canonicalReferrals(dir: string, records: number): Promise<string> {
  mkdirSync(dir, { recursive: true });
  return writeFile(join(dir, `canonical-referrals-${records}.csv`), async (write) => {
    await write(
      "record_type,la_child_id,referral_date,source,nfa,primary_need,closure_date,closure_reason\n",
    );
    for (let i = 0; i < records; i++) await write(`referral,K${i},${day(i)},1A,false,N1,,\n`);
  });
}

/** `records` counts canonical records: each child gives three (child, referral, assessment). */
export async function cinCensus(dir: string, records: number): Promise<string> {
  mkdirSync(dir, { recursive: true });
  return writeFile(join(dir, `cin-census-${records}.xml`), async (write) => {
    await write(
      '<?xml version="1.0" encoding="utf-8"?>\n<Message><Header><CollectionDetails><Collection>CIN</Collection><Year>2012</Year><ReferenceDate>2012-03-31</ReferenceDate></CollectionDetails></Header><Children>\n',
    );
    for (let i = 0; i < Math.ceil(records / 3); i++) {
      await write(
        `<Child><ChildIdentifiers><LAchildID>C${i}</LAchildID><PersonBirthDate>2005-06-07</PersonBirthDate><Sex>1</Sex></ChildIdentifiers><ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics><CINdetails><CINreferralDate>${day(i)}</CINreferralDate><ReferralSource>1A</ReferralSource><PrimaryNeedCode>N1</PrimaryNeedCode><ReferralNFA>0</ReferralNFA><Assessments><AssessmentActualStartDate>${day(i)}</AssessmentActualStartDate></Assessments></CINdetails></Child>\n`,
      );
    }
    await write("</Children></Message>\n");
  });
}

export async function ssda903Episodes(dir: string, records: number): Promise<string> {
  mkdirSync(dir, { recursive: true });
  return writeFile(join(dir, `ssda903-episodes-${records}.csv`), async (write) => {
    await write(
      "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n",
    );
    for (let i = 0; i < records; i++)
      await write(`${100000 + i},${ukDay(i)},S,C2,N1,U1,PR1,,,,,,\n`);
  });
}
