import { AppError } from "./errors.ts";

/**
 * The refusal of a write made from a version someone else has since changed. It carries the record
 * as it is now (`details.current`), so the client can show it and let the user re-apply the change.
 */
export function staleVersionError<Current extends { version: number }>(
  entity: "commitment" | "statement",
  current: Current,
): AppError {
  return new AppError(
    "CONFLICT",
    `Someone else changed this ${entity} since you opened it (it is now at version ${current.version}). Review the current record and apply your change again.`,
    "version",
    { current },
  );
}
