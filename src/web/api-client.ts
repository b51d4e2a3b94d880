/**
 * The one way the web talks to the server. It adds the CSRF header to every write, turns
 * the server's `{error:{code,message,details}}` into an ApiError the pages can show in a
 * GOV.UK error summary, checks answers against the shared Zod schemas, and hands a
 * "not signed in" answer to the app so it can send the user to the sign-in page.
 */
import type { z } from "zod";

/** One problem to list in an error summary; `field` names the input it is about, if any. */
export interface Problem {
  field: string | null;
  message: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;

  constructor(status: number, code: string, message: string, details?: unknown) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.details = details;
  }

  /** The problems to show: per-field ones when the server named fields, else the message. */
  get problems(): Problem[] {
    const { details } = this;
    if (Array.isArray(details)) {
      const fields = details.flatMap((item): Problem[] =>
        isRecord(item) && typeof item.message === "string"
          ? [
              {
                field: typeof item.field === "string" && item.field ? item.field : null,
                message: item.message,
              },
            ]
          : [],
      );
      if (fields.length > 0) return fields;
    }
    if (isRecord(details) && typeof details.field === "string") {
      return [{ field: details.field, message: this.message }];
    }
    return [{ field: null, message: this.message }];
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

// The session cookie is HttpOnly, so the page keeps only the CSRF token it was given.
let csrfToken: string | null = null;
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

let notSignedInHandler: (() => void) | null = null;
/** Called when any request finds the session has ended (timed out, signed out elsewhere). */
export function onNotSignedIn(handler: () => void): void {
  notSignedInHandler = handler;
}

/** The server's `{error:{code,message,details}}` answer as an ApiError. */
function errorFrom(status: number, json: unknown): ApiError {
  const error = isRecord(json) && isRecord(json.error) ? json.error : {};
  const code = typeof error.code === "string" ? error.code : "http_error";
  const message =
    typeof error.message === "string"
      ? error.message
      : status === 413
        ? "The file is larger than this server accepts."
        : `Something went wrong (the server answered ${status}). Try again.`;
  if (status === 401 && code === "not_signed_in") notSignedInHandler?.();
  return new ApiError(status, code, message, error.details);
}

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

async function request<S extends z.ZodType>(
  method: Method,
  path: string,
  schema: S | null,
  body?: unknown,
): Promise<z.infer<S>> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (method !== "GET") {
    headers["content-type"] = "application/json";
    if (csrfToken) headers["x-csrf-token"] = csrfToken;
  }
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: "same-origin",
      body: method === "GET" ? undefined : JSON.stringify(body ?? {}),
    });
  } catch {
    throw new ApiError(
      0,
      "network",
      "Waymark could not be reached. Check your connection and try again.",
    );
  }

  const json: unknown = await response.json().catch(() => null);
  if (!response.ok) throw errorFrom(response.status, json);
  if (!schema) return json as z.infer<S>;
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new ApiError(
      0,
      "bad_response",
      "The server's answer was not what this page expected. Reload the page and try again.",
    );
  }
  return parsed.data;
}

/** How far an upload has gone: the bytes sent so far and the total, when the browser knows it. */
export interface UploadProgress {
  loaded: number;
  total: number | null;
}

interface UploadOptions<S extends z.ZodType> {
  schema: S;
  /** Error statuses whose answer has the success shape (such as a 422 "rejected" import). */
  answerStatuses?: number[];
  /** Called as the body is sent, so the page can show a real progress bar. */
  onProgress?: (progress: UploadProgress) => void;
  /** Called once the whole body has been sent, while the server works on it. */
  onSent?: () => void;
}

/**
 * Sends a multipart form with XMLHttpRequest rather than fetch, because only
 * XMLHttpRequest reports how much of the body has been sent. Same CSRF header and
 * error handling as every other write.
 */
export function upload<S extends z.ZodType>(
  path: string,
  form: FormData,
  { schema, answerStatuses = [], onProgress, onSent }: UploadOptions<S>,
): Promise<z.infer<S>> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", path);
    xhr.withCredentials = true;
    xhr.responseType = "text";
    xhr.setRequestHeader("accept", "application/json");
    if (csrfToken) xhr.setRequestHeader("x-csrf-token", csrfToken);
    xhr.upload.addEventListener("progress", (event) =>
      onProgress?.({ loaded: event.loaded, total: event.lengthComputable ? event.total : null }),
    );
    xhr.upload.addEventListener("load", () => onSent?.());
    const networkError = () =>
      reject(
        new ApiError(
          0,
          "network",
          "The file could not be sent to Waymark. Check your connection and try again.",
        ),
      );
    xhr.addEventListener("error", networkError);
    xhr.addEventListener("abort", networkError);
    xhr.addEventListener("timeout", networkError);
    xhr.addEventListener("load", () => {
      let json: unknown = null;
      try {
        json = JSON.parse(xhr.responseText);
      } catch {
        // not JSON: handled below as an unexpected answer
      }
      const ok = xhr.status >= 200 && xhr.status < 300;
      if (!ok && !answerStatuses.includes(xhr.status)) {
        reject(errorFrom(xhr.status, json));
        return;
      }
      const parsed = schema.safeParse(json);
      if (!parsed.success) {
        reject(
          ok
            ? new ApiError(
                0,
                "bad_response",
                "The server's answer was not what this page expected. Reload the page and try again.",
              )
            : errorFrom(xhr.status, json),
        );
        return;
      }
      resolve(parsed.data);
    });
    xhr.send(form);
  });
}

/** Builds `path?a=1&b=2`, leaving out empty values so URLs stay short and readable. */
export function withQuery(
  path: string,
  query: Record<string, string | number | undefined | null>,
): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== "") params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

export const api = {
  get: <S extends z.ZodType>(path: string, schema: S) => request("GET", path, schema),
  post: <S extends z.ZodType>(path: string, body: unknown, schema: S | null = null) =>
    request("POST", path, schema, body),
  put: <S extends z.ZodType>(path: string, body: unknown, schema: S | null = null) =>
    request("PUT", path, schema, body),
  patch: <S extends z.ZodType>(path: string, body: unknown, schema: S | null = null) =>
    request("PATCH", path, schema, body),
  delete: <S extends z.ZodType>(path: string, schema: S | null = null) =>
    request("DELETE", path, schema),
};
