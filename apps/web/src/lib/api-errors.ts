import type { AppRouter } from "@pledgewatch/api";
import { TRPCClientError } from "@trpc/client";
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";

type ApiError = TRPCClientError<AppRouter>;

export const isApiError = (error: unknown): error is ApiError => error instanceof TRPCClientError;

/** The domain error code (`CONFLICT`, `VALIDATION`, …) an API call failed with, if any. */
export const appCodeOf = (error: unknown) => (isApiError(error) ? error.data?.appCode : undefined);

/**
 * Puts an API error beside the form fields it names (zod `fieldErrors`, or the AppError `field`).
 * What names no field of this form goes to `root.server`, so the form shows it above the buttons.
 */
export function showApiErrors<Values extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<Values>,
  fields: readonly Path<Values>[],
): void {
  const isField = (name: string): name is Path<Values> =>
    (fields as readonly string[]).includes(name);
  if (!isApiError(error)) {
    setError("root.server", { message: "Could not reach the server. Check your connection." });
    return;
  }
  const data = error.data;
  let placed = false;
  const fieldErrors = (data?.fieldErrors ?? {}) as Record<string, string[] | undefined>;
  for (const [name, messages] of Object.entries(fieldErrors)) {
    if (isField(name) && messages?.[0]) {
      setError(name, { type: "server", message: messages[0] });
      placed = true;
    }
  }
  const field = data?.field?.split(".")[0];
  if (!placed && field && isField(field)) {
    setError(field, { type: "server", message: error.message }, { shouldFocus: true });
    placed = true;
  }
  if (!placed) setError("root.server", { message: error.message });
}
