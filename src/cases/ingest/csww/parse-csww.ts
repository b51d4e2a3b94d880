/**
 * Streaming import of a DfE children's social work workforce (CSWW) census XML return
 * into canonical staff records, one per CSWWWorker. Bad input never throws: it becomes
 * problems, and a file that cannot be trusted at all (hostile or broken XML, not a CSWW
 * return, too big) gets one fatal problem and reading stops there.
 */
import { type ParseXmlOptions, streamXml } from "../xml/stream-xml.ts";
import { type CswwMeta, CswwReader } from "./csww-reader.ts";

export type { CswwMeta };

export type ParseCswwOptions = ParseXmlOptions;

/** A council's workforce is thousands at most; this only stops a runaway file. */
export const DEFAULT_MAX_RECORDS = 1_000_000;

/**
 * Whether the start of a file looks like a workforce census: XML naming the CSWW
 * collection, or (the header being optional) holding its own elements. Only the head is
 * seen, so this is a routing guess; the parser itself refuses a file that is not one.
 */
export function detectCsww(head: string): boolean {
  const text = head.replace(/^\uFEFF/, "").trimStart();
  return text.startsWith("<") && CSWW_MARKER.test(text);
}

// Element names are case-sensitive in XML; the collection's value is compared as the parser does.
const CSWW_MARKER =
  /<(?:[\w.-]+:)?(?:Collection>\s*[Cc][Ss][Ww][Ww]\s*<\/|CSWWWorker[\s/>]|LALevelVacancies[\s/>])/;

export async function parseCswwXml(
  input: AsyncIterable<Buffer | string>,
  options: ParseCswwOptions,
): Promise<CswwMeta> {
  const reader = new CswwReader({
    file: options.file,
    problems: options.problems,
    maxRecords: options.maxRecords ?? DEFAULT_MAX_RECORDS,
  });
  await streamXml(input, reader, options.sink);
  return { ...reader.meta };
}
