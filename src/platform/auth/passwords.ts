/**
 * Password hashing and the password policy. Policy follows NCSC/NIST guidance: at least 12
 * characters, no composition rules, and a deny-list of common and context-specific choices.
 */
import { hash, verify } from "@node-rs/argon2";
import { COMMON_PASSWORDS } from "./common-passwords.ts";

// argon2id with OWASP's recommended minimum (19 MiB, 2 passes, 1 lane).
const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | null = null;
/**
 * A hash to verify against when the username is unknown or disabled, so that the answer
 * takes as long as for a real user with a wrong password.
 */
export function timingDummyHash(): Promise<string> {
  dummyHash ??= hashPassword("waymark timing equaliser, never a real password");
  return dummyHash;
}

/** Returns why a new password is refused, or null when it is acceptable. */
export function passwordProblem(
  password: string,
  context: { username?: string; displayName?: string } = {},
): string | null {
  if (password.length < MIN_PASSWORD_LENGTH)
    return `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (password.length > MAX_PASSWORD_LENGTH)
    return `Use at most ${MAX_PASSWORD_LENGTH} characters.`;
  const folded = password.toLowerCase().replace(/\s+/g, "");
  if (COMMON_PASSWORDS.has(folded))
    return "That password is too common. Choose one that is harder to guess.";
  if (/^(.)\1+$/.test(folded))
    return "That password is one character repeated. Choose one that is harder to guess.";
  if (isSequence(folded))
    return "That password is a simple sequence. Choose one that is harder to guess.";
  const username = context.username?.toLowerCase();
  if (username && username.length >= 3 && folded.includes(username))
    return "Do not include your username in your password.";
  if (folded.includes("waymark"))
    return "Do not include the name of this service in your password.";
  return null;
}

function isSequence(text: string): boolean {
  const sequences = [
    "0123456789012345678901234567890",
    "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz",
    "qwertyuiopasdfghjklzxcvbnm",
  ];
  return sequences.some(
    (sequence) => sequence.includes(text) || [...sequence].reverse().join("").includes(text),
  );
}
