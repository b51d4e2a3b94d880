import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** An opaque, unguessable token (256 bits). */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Sessions are stored by this hash: the database never holds a usable cookie value. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function tokensEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
