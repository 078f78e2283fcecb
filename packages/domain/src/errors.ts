/** One error taxonomy for every layer; the API maps the code to a transport status. */
export const ERROR_CODES = [
  "VALIDATION",
  "NOT_FOUND",
  "CONFLICT",
  "FORBIDDEN",
  "UNAUTHORIZED",
  "INVALID_TRANSITION",
  /** A web page the user pointed to could not be fetched or read. */
  "FETCH_FAILED",
  /** Too many requests of one kind in a short time: the message says when to try again. */
  "RATE_LIMITED",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class AppError extends Error {
  override readonly name = "AppError";

  constructor(
    readonly code: ErrorCode,
    message: string,
    /** The input field the error is about, so a form can show it beside that field. */
    readonly field?: string,
    /** Data the client needs to recover, such as the current record after a CONFLICT. */
    readonly details?: unknown,
  ) {
    super(message);
  }
}
