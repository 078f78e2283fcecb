import { useState } from "react";
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import { appCodeOf, showApiErrors } from "../lib/api-errors.ts";

/**
 * Saving a record edited from a version: API errors go beside their fields, but a CONFLICT (someone
 * saved first) becomes a notice with a reload action that keeps everything typed, then takes the
 * current version so the next save goes through.
 */
export function useVersionedSave<Values extends FieldValues>(options: {
  setError: UseFormSetError<Values>;
  fields: readonly Path<Values>[];
  /** Fetches the record again and returns its current version. */
  onReload: () => Promise<number | undefined>;
  setVersion: (version: number) => void;
}) {
  const [conflict, setConflict] = useState<string | null>(null);

  const save = async (write: () => Promise<unknown>) => {
    setConflict(null);
    try {
      await write();
      return true;
    } catch (error) {
      if (appCodeOf(error) === "CONFLICT" && error instanceof Error) setConflict(error.message);
      else showApiErrors(error, options.setError, options.fields);
      return false;
    }
  };

  const reload = async () => {
    const version = await options.onReload();
    if (version !== undefined) options.setVersion(version);
    setConflict(null);
  };

  const notice = conflict && (
    <div className="form-error" role="alert">
      <p>{conflict}</p>
      <p>Your entries are kept. Reload the commitment, check it, then save again.</p>
      <button type="button" className="button-quiet" onClick={() => void reload()}>
        Reload the commitment
      </button>
    </div>
  );
  return { save, notice };
}
