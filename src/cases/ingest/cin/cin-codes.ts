/**
 * CIN census code lists (shared/data/code-lists.json, key `cin_census`). Each list is the
 * union over schema years 2017-2026: codes were only ever added (RC9 and 5D in 2023,
 * 18B/18C/19B/19C in 2021, 24A in 2022), so a code valid in an older file stays known.
 */

export type CinCodeList =
  | "ethnicity"
  | "disability"
  | "referralSource"
  | "primaryNeed"
  | "reasonForClosure"
  | "categoryOfAbuse"
  | "assessmentFactor"
  | "sex";

const LISTS: Record<CinCodeList, ReadonlySet<string>> = {
  ethnicity: new Set([
    "WBRI",
    "WIRI",
    "WIRT",
    "WOTH",
    "WROM",
    "MWBC",
    "MWBA",
    "MWAS",
    "MOTH",
    "AIND",
    "APKN",
    "ABAN",
    "AOTH",
    "BCRB",
    "BAFR",
    "BOTH",
    "CHNE",
    "OOTH",
    "REFU",
    "NOBT",
  ]),
  disability: new Set([
    "NONE",
    "MOB",
    "HAND",
    "PC",
    "INC",
    "COMM",
    "LD",
    "HEAR",
    "VIS",
    "BEH",
    "CON",
    "AUT",
    "DDA",
  ]),
  referralSource: new Set([
    "1A",
    "1B",
    "1C",
    "1D",
    "2A",
    "2B",
    "3A",
    "3B",
    "3C",
    "3D",
    "3E",
    "3F",
    "4",
    "5A",
    "5B",
    "5C",
    "5D",
    "6",
    "7",
    "8",
    "9",
    "10",
  ]),
  primaryNeed: new Set(["N0", "N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8", "N9"]),
  reasonForClosure: new Set(["RC1", "RC2", "RC3", "RC4", "RC5", "RC6", "RC7", "RC8", "RC9"]),
  categoryOfAbuse: new Set(["NEG", "PHY", "SAB", "EMO", "MUL"]),
  assessmentFactor: new Set([
    "1A",
    "1B",
    "1C",
    "2A",
    "2B",
    "2C",
    "3A",
    "3B",
    "3C",
    "4A",
    "4B",
    "4C",
    "5A",
    "5B",
    "5C",
    "6A",
    "6B",
    "6C",
    "7A",
    "8B",
    "8C",
    "8D",
    "8E",
    "8F",
    "9A",
    "10A",
    "11A",
    "12A",
    "13A",
    "14A",
    "15A",
    "16A",
    "17A",
    "18A",
    "18B",
    "18C",
    "19A",
    "19B",
    "19C",
    "20",
    "21",
    "22A",
    "23A",
    "24A",
  ]),
  // `GenderCurrent` (to 2024: 0, 1, 2, 9) and `Sex` (from 2025: M, F, U) share one list:
  // suppliers moving between schema years put either code set in either element.
  sex: new Set(["0", "1", "2", "9", "M", "F", "U"]),
};

export function isKnownCinCode(list: CinCodeList, code: string): boolean {
  return LISTS[list].has(code);
}

export function cinCodes(list: CinCodeList): readonly string[] {
  return [...LISTS[list]];
}
