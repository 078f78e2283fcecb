import { zodResolver } from "@hookform/resolvers/zod";
import {
  commitmentUpdateSchema,
  type CommitmentUpdate,
  type Direction,
  type Stage,
} from "@pledgewatch/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { FormProvider, useForm } from "react-hook-form";
import type { z } from "zod";
import { CommitmentFields, COMMITMENT_FIELD_NAMES } from "../../components/commitment-fields.tsx";
import { FormError } from "../../components/form-field.tsx";
import { useVersionedSave } from "../../components/versioned-save.tsx";
import { useTRPC } from "../../lib/trpc.ts";

type EditValues = z.input<typeof commitmentUpdateSchema>;

interface EditableCommitment {
  id: string;
  version: number;
  title: string;
  description: string | null;
  committingCountry: { id: string };
  counterparts: { id: string }[];
  counterpartOther: string | null;
  direction: Direction;
  stage: Stage;
  themes: { slug: string }[];
  announcedOn: string | null;
  targetOn: string | null;
}

/** Edits the commitment's fields, from the version shown; a stale version is refused. */
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
      committingCountryId: commitment.committingCountry.id,
      counterpartCountryIds: commitment.counterparts.map((country) => country.id),
      counterpartOther: commitment.counterpartOther,
      direction: commitment.direction,
      stage: commitment.stage,
      themes: commitment.themes.map((theme) => theme.slug),
      announcedOn: commitment.announcedOn,
      targetOn: commitment.targetOn,
    },
  });
  const update = useMutation(trpc.commitment.update.mutationOptions());
  const { errors, isSubmitting } = form.formState;

  const { save, notice } = useVersionedSave({
    setError: form.setError,
    fields: COMMITMENT_FIELD_NAMES,
    onReload,
    setVersion: (version) => form.setValue("version", version),
  });

  const submit = form.handleSubmit(async (values) => {
    // Only what this person changed is sent, so saving after a conflict keeps the other edit.
    const { dirtyFields } = form.formState;
    const changes = Object.fromEntries(
      Object.entries(values).filter(
        ([key]) => key === "id" || key === "version" || key in dirtyFields,
      ),
    ) as CommitmentUpdate;
    const saved = await save(async () => {
      await update.mutateAsync(changes);
      await queryClient.invalidateQueries({ queryKey: trpc.commitment.pathKey() });
    });
    if (saved) onDone();
  });

  return (
    <FormProvider {...form}>
      <form
        className="form-card"
        aria-labelledby="edit-heading"
        onSubmit={(event) => void submit(event)}
        noValidate
      >
        <h2 id="edit-heading">Edit commitment</h2>
        <CommitmentFields idPrefix="edit-" emptyAs={null} autoFocus />
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
    </FormProvider>
  );
}
