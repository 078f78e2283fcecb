import { zodResolver } from "@hookform/resolvers/zod";
import {
  commitmentUpdateSchema,
  STAGE_LABELS,
  STAGES,
  type CommitmentUpdate,
  type Stage,
} from "@pledgewatch/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FormError, FormField } from "../../components/form-field.tsx";
import { useVersionedSave } from "../../components/versioned-save.tsx";
import { useTRPC } from "../../lib/trpc.ts";

type EditValues = z.input<typeof commitmentUpdateSchema>;

const FIELDS = ["title", "description", "stage", "announcedOn", "targetOn"] as const;

/** In an update an emptied field means "clear it", which the schema spells null. */
const emptyAsNull = (value: unknown) => (value === "" ? null : value);

interface EditableCommitment {
  id: string;
  version: number;
  title: string;
  description: string | null;
  stage: Stage;
  announcedOn: string | null;
  targetOn: string | null;
}

/** Edits the commitment's main fields, from the version shown; a stale version is refused. */
export function EditCommitmentForm({
  commitment,
  onReload,
  onDone,
}: {
  commitment: EditableCommitment;
  onReload: () => Promise<number | undefined>;
  onDone: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const form = useForm<EditValues, unknown, CommitmentUpdate>({
    resolver: zodResolver(commitmentUpdateSchema),
    defaultValues: {
      id: commitment.id,
      version: commitment.version,
      title: commitment.title,
      description: commitment.description,
      stage: commitment.stage,
      announcedOn: commitment.announcedOn,
      targetOn: commitment.targetOn,
    },
  });
  const update = useMutation(trpc.commitment.update.mutationOptions());
  const { errors, isSubmitting } = form.formState;

  const { save, notice } = useVersionedSave({
    setError: form.setError,
    fields: FIELDS,
    onReload,
    setVersion: (version) => form.setValue("version", version),
  });

  const submit = form.handleSubmit(async (values) => {
    const saved = await save(async () => {
      await update.mutateAsync(values);
      await queryClient.invalidateQueries({ queryKey: trpc.commitment.pathKey() });
    });
    if (saved) onDone();
  });

  return (
    <form
      className="form-card"
      aria-labelledby="edit-heading"
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <h2 id="edit-heading">Edit commitment</h2>
      <FormField id="edit-title" label="Short title" error={errors.title}>
        <input id="edit-title" aria-invalid={Boolean(errors.title)} {...form.register("title")} />
      </FormField>
      <FormField id="edit-stage" label="Stage" error={errors.stage}>
        <select id="edit-stage" {...form.register("stage")}>
          {STAGES.map((stage) => (
            <option key={stage} value={stage}>
              {STAGE_LABELS[stage]}
            </option>
          ))}
        </select>
      </FormField>
      <div className="field-row">
        <FormField
          id="edit-announced"
          label="Announced"
          hint="YYYY, YYYY-MM or YYYY-MM-DD"
          error={errors.announcedOn}
        >
          <input
            id="edit-announced"
            {...form.register("announcedOn", { setValueAs: emptyAsNull })}
          />
        </FormField>
        <FormField
          id="edit-target"
          label="Target date"
          hint="Empty when none was given"
          error={errors.targetOn}
        >
          <input id="edit-target" {...form.register("targetOn", { setValueAs: emptyAsNull })} />
        </FormField>
      </div>
      <FormField id="edit-description" label="Description" error={errors.description}>
        <textarea
          id="edit-description"
          rows={3}
          {...form.register("description", { setValueAs: emptyAsNull })}
        />
      </FormField>
      {notice}
      <FormError message={errors.root?.server?.message} />
      <div className="form-actions">
        <button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Saving…" : "Save changes"}
        </button>
        <button type="button" className="button-quiet" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
