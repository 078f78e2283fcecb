import { zodResolver } from "@hookform/resolvers/zod";
import {
  commitmentCreateSchema,
  DIRECTIONS,
  STAGE_DEFINITIONS,
  STAGE_LABELS,
  STAGES,
  type CommitmentCreate,
} from "@pledgewatch/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { emptyAsUndefined, FormError, FormField } from "../../components/form-field.tsx";
import { showApiErrors } from "../../lib/api-errors.ts";
import { useTRPC } from "../../lib/trpc.ts";
import type { Passage } from "./passage-selection.ts";

type CommitmentForm = z.input<typeof commitmentCreateSchema>;

const FIELDS = [
  "title",
  "committingCountryId",
  "counterpartCountryIds",
  "direction",
  "stage",
  "themes",
  "announcedOn",
  "targetOn",
  "description",
  "quotes",
] as const;

/** The commitment form, prefilled with the selected passage as its quote. */
export function LogCommitmentForm({
  statementId,
  passage,
  speakerCountryId,
  publishedOn,
  onLogged,
  onCancel,
}: {
  statementId: string;
  passage: Passage;
  speakerCountryId?: string;
  publishedOn?: string | null;
  onLogged: (commitment: { id: string; title: string }) => void;
  onCancel: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const countries = useQuery(trpc.reference.countries.queryOptions()).data ?? [];
  const themes = useQuery(trpc.reference.themes.queryOptions()).data ?? [];
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
    <form
      className="form-card"
      aria-labelledby="log-heading"
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <h2 id="log-heading">Log a commitment</h2>
      <blockquote className="quote">{passage.text}</blockquote>
      {errors.quotes && <FormError message="The quote no longer matches the statement text." />}
      <FormField id="title" label="Short title" error={errors.title}>
        <input
          id="title"
          autoFocus
          aria-invalid={Boolean(errors.title)}
          {...form.register("title")}
        />
      </FormField>
      <div className="field-row">
        <FormField id="committing" label="Committing country" error={errors.committingCountryId}>
          <select id="committing" {...form.register("committingCountryId")}>
            <option value="">Choose…</option>
            {countries.map((country) => (
              <option key={country.id} value={country.id}>
                {country.name}
              </option>
            ))}
          </select>
        </FormField>
        <FormField
          id="counterparts"
          label="Counterpart countries"
          hint="Hold Ctrl (⌘ on a Mac) to choose several."
          error={errors.counterpartCountryIds}
        >
          <select id="counterparts" multiple size={4} {...form.register("counterpartCountryIds")}>
            {countries.map((country) => (
              <option key={country.id} value={country.id}>
                {country.name}
              </option>
            ))}
          </select>
        </FormField>
      </div>
      <fieldset className="field">
        <legend>Direction</legend>
        {DIRECTIONS.map((direction) => (
          <label key={direction} className="choice">
            <input type="radio" value={direction} {...form.register("direction")} />
            {direction === "mutual" ? "Mutual: both sides commit" : "Unilateral: one side commits"}
          </label>
        ))}
      </fieldset>
      <fieldset className="field">
        <legend>Stage</legend>
        {STAGES.map((stage) => (
          <label key={stage} className="choice">
            <input type="radio" value={stage} {...form.register("stage")} />
            <span>
              <strong>{STAGE_LABELS[stage]}</strong> — {STAGE_DEFINITIONS[stage]}
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset className="field">
        <legend>Themes</legend>
        <div className="choice-grid">
          {themes.map((theme) => (
            <label key={theme.slug} className="choice" title={theme.definition}>
              <input type="checkbox" value={theme.slug} {...form.register("themes")} />
              {theme.name}
            </label>
          ))}
        </div>
        {errors.themes && <p className="field-error">{errors.themes.message}</p>}
      </fieldset>
      <div className="field-row">
        <FormField
          id="announcedOn"
          label="Announced"
          hint="YYYY, YYYY-MM or YYYY-MM-DD"
          error={errors.announcedOn}
        >
          <input
            id="announcedOn"
            {...form.register("announcedOn", { setValueAs: emptyAsUndefined })}
          />
        </FormField>
        <FormField
          id="targetOn"
          label="Target date"
          hint="Leave empty if none was given"
          error={errors.targetOn}
        >
          <input id="targetOn" {...form.register("targetOn", { setValueAs: emptyAsUndefined })} />
        </FormField>
      </div>
      <FormField id="description" label="Description" error={errors.description}>
        <textarea
          id="description"
          rows={3}
          {...form.register("description", { setValueAs: emptyAsUndefined })}
        />
      </FormField>
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
  );
}
