/**
 * Errors a user may see. Anything else is logged and answered with a plain message and a
 * reference: never a stack trace.
 */
export class AppError extends Error {
  readonly statusCode: number;
  readonly code: string;
  readonly details?: unknown;
  constructor(statusCode: number, code: string, message: string, details?: unknown) {
    super(message);
    this.statusCode = statusCode;
    this.code = code;
    this.details = details;
  }
}

export const notSignedIn = () => new AppError(401, "not_signed_in", "Sign in to continue.");
export const forbidden = (message = "You do not have permission to do that.") =>
  new AppError(403, "forbidden", message);
export const notFound = (what = "That page") =>
  new AppError(404, "not_found", `${what} was not found.`);
export const badRequest = (message: string, details?: unknown) =>
  new AppError(400, "invalid_request", message, details);
export const conflict = (message: string) => new AppError(409, "conflict", message);
