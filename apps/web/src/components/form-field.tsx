import type { ReactNode } from "react";
import type { FieldError } from "react-hook-form";

/** A labelled form control with its hint and its error beside it, linked for screen readers. */
export function FormField({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: Pick<FieldError, "message">;
  children: ReactNode;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {children}
      {error?.message && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error.message}
        </p>
      )}
    </div>
  );
}

/** Empty inputs mean "not given": optional schema fields expect undefined, not "". */
export const emptyAsUndefined = (value: unknown) => (value === "" ? undefined : value);

/** The form's own error, for what no single field is to blame for. */
export function FormError({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <p className="form-error" role="alert">
      {message}
    </p>
  );
}
