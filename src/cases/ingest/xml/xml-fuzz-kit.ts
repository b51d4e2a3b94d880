/**
 * Fuzzing pieces shared by the XML census parser tests (not used by the importer itself):
 * markup soup, chunkings and byte mutations of sample files.
 */
import fc from "fast-check";

/** XML trouble every parser must survive; each format puts its own markup before these. */
export const XML_TROUBLE_TOKENS = [
  "<!DOCTYPE x [<!ENTITY a 'b'>]>",
  "<!--",
  "-->",
  "<![CDATA[",
  "]]>",
  '<?xml version="1.0" encoding="UTF-8"?>',
  "&amp;",
  "&lol;",
  "&#0;",
  "&#x1F600;",
  "<",
  ">",
  "/",
  "\r",
  "\n",
  "\ufeff",
  "\ud800",
  "\u0000",
];

/** Tokens and short random strings run together, so random input gets past the first byte. */
export function xmlSoupOf(tokens: readonly string[]): fc.Arbitrary<string> {
  return fc
    .array(fc.oneof(fc.constantFrom(...tokens), fc.string({ maxLength: 8 })), { maxLength: 60 })
    .map((parts) => parts.join(""));
}

/** Sizes to cut the input at, used in turn. */
export const chunkSizes = fc.array(fc.integer({ min: 1, max: 512 }), {
  minLength: 1,
  maxLength: 6,
});

/** One edit of a file's bytes; `at` is taken modulo the length at the time. */
export type Mutation =
  | { kind: "set"; at: number; byte: number }
  | { kind: "delete"; at: number; length: number }
  | { kind: "insert"; at: number; text: string }
  | { kind: "truncate"; at: number };

/** Mutations whose insertions are among `tokens`. */
export function mutationOf(tokens: readonly string[]): fc.Arbitrary<Mutation> {
  return fc.oneof(
    fc.record({ kind: fc.constant("set" as const), at: fc.nat(), byte: fc.nat(255) }),
    fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), length: fc.nat(40) }),
    fc.record({
      kind: fc.constant("insert" as const),
      at: fc.nat(),
      text: fc.constantFrom(...tokens),
    }),
    fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
  );
}

export function mutate(bytes: Buffer, mutations: Mutation[]): Buffer {
  let out = Buffer.from(bytes);
  for (const m of mutations) {
    const at = m.at % (out.length + 1);
    switch (m.kind) {
      case "set":
        if (at < out.length) out[at] = m.byte;
        break;
      case "delete":
        out = Buffer.concat([out.subarray(0, at), out.subarray(at + m.length)]);
        break;
      case "insert":
        out = Buffer.concat([out.subarray(0, at), Buffer.from(m.text), out.subarray(at)]);
        break;
      case "truncate":
        out = out.subarray(0, at);
        break;
    }
  }
  return out;
}

/** Cuts `data` into pieces of the given sizes, taken in turn. */
export function split<T extends Buffer | string>(data: T, sizes: number[]): T[] {
  const parts: T[] = [];
  let at = 0;
  for (let i = 0; at < data.length; i++) {
    const size = sizes[i % sizes.length] ?? 1;
    parts.push(data.slice(at, at + size) as T);
    at += size;
  }
  return parts;
}
