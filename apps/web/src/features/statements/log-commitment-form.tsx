import { zodResolver } from "@hookform/resolvers/zod";
import { commitmentCreateSchema, type CommitmentCreate } from "@pledgewatch/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { FormProvider, useForm } from "react-hook-form";
import type { z } from "zod";
import { CommitmentFields, COMMITMENT_FIELD_NAMES } from "../../components/commitment-fields.tsx";
import { FormError } from "../../components/form-field.tsx";
import { showApiErrors } from "../../lib/api-errors.ts";
import { useTRPC } from "../../lib/trpc.ts";
import type { Passage } from "./passage-selection.ts";

type CommitmentForm = z.input<typeof commitmentCreateSchema>;

const FIELDS = [...COMMITMENT_FIELD_NAMES, "quotes"] as const;

/** Fields a suggestion fills in for the analyst to check: the reading of the passage. */
export type CommitmentPrefill = Pick<
  CommitmentForm,
  "title" | "committingCountryId" | "counterpartCountryIds" | "direction" | "stage" | "themes"
>;

/**
 * The commitment form, prefilled with the selected passage as its quote and, for an accepted
 * suggestion, with what the suggestion read in it.
 */
export function LogCommitmentForm({
  statementId,
  passage,
  prefill,
  speakerCountryId,
  publishedOn,
  onLogged,
  onCancel,
}: {
  statementId: string;
  passage: Passage;
  prefill?: CommitmentPrefill;
  speakerCountryId?: string;
  publishedOn?: string | null;
  onLogged: (commitment: { id: string; title: string }) => void;
  onCancel: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const form = useForm<CommitmentForm, unknown, CommitmentCreate>({
    resolver: zodResolver(commitmentCreateSchema),
    defaultValues: {
      title: "",
      committingCountryId: speakerCountryId ?? "",
      counterpartCountryIds: [],
      direction: "unilateral",
      stage: "pledge",
      themes: [],
      announcedOn: publishedOn ?? undefined,
      ...prefill,
      quotes: [{ statementId, ...passage }],
    },
  });
  const create = useMutation(trpc.commitment.create.mutationOptions());
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    try {
      const created = await create.mutateAsync(values);
      await queryClient.invalidateQueries({ queryKey: trpc.statement.pathKey() });
      await queryClient.invalidateQueries({ queryKey: trpc.commitment.pathKey() });
      onLogged(created);
    } catch (error) {
      showApiErrors(error, form.setError, FIELDS);
    }
  });

  return (
    <FormProvider {...form}>
      <form
        className="form-card"
        aria-labelledby="log-heading"
        onSubmit={(event) => void submit(event)}
        noValidate
      >
        <h2 id="log-heading">Log a commitment</h2>
        <blockquote className="quote">{passage.text}</blockquote>
        {errors.quotes && <FormError message="The quote no longer matches the statement text." />}
        <CommitmentFields idPrefix="" emptyAs={undefined} autoFocus />
        <FormError message={errors.root?.server?.message} />
        <div className="form-actions">
          <button type="submit" disabled={isSubmitting}>
            {isSubmitting ? "Saving…" : "Save commitment"}
          </button>
          <button type="button" className="button-quiet" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </FormProvider>
  );
}
