import {
  DIRECTIONS,
  STAGE_DEFINITIONS,
  STAGE_LABELS,
  STAGES,
  type Direction,
  type Stage,
} from "@pledgewatch/domain";
import { useQuery } from "@tanstack/react-query";
import { Controller, useFormContext, type FieldErrors } from "react-hook-form";
import { useTRPC } from "../lib/trpc.ts";
import { CountryListPicker, CountryPicker } from "./country-picker.tsx";
import { FormField } from "./form-field.tsx";

/** What logging and editing a commitment share: the fields of its create and update schemas. */
export interface CommitmentFieldValues {
  title: string;
  committingCountryId: string;
  counterpartCountryIds: string[];
  counterpartOther?: string | null;
  direction: Direction;
  stage: Stage;
  themes: string[];
  announcedOn?: string | null;
  targetOn?: string | null;
  description?: string | null;
}

/** The fields by the names the form gives them, which the history of changes uses too. */
export const COMMITMENT_FIELD_LABELS = {
  title: "Short title",
  committingCountryId: "Committing country",
  counterpartCountryIds: "Counterpart countries",
  counterpartOther: "Other counterpart",
  direction: "Direction",
  stage: "Stage",
  themes: "Themes",
  announcedOn: "Announced",
  targetOn: "Target date",
  description: "Description",
} as const satisfies Record<keyof CommitmentFieldValues, string>;

/** The fields an API error may name, so it can be shown beside the right one. */
export const COMMITMENT_FIELD_NAMES = Object.keys(
  COMMITMENT_FIELD_LABELS,
) as readonly (keyof CommitmentFieldValues)[];

/**
 * The commitment's fields, inside a react-hook-form `FormProvider` whose schema (create or
 * update, from domain) validates them. `emptyAs` is how the schema spells an emptied optional
 * field: undefined ("not given") when creating, null ("clear it") when editing.
 */
export function CommitmentFields({
  idPrefix,
  emptyAs,
  autoFocus,
}: {
  idPrefix: string;
  emptyAs: undefined | null;
  autoFocus?: boolean;
}) {
  const trpc = useTRPC();
  const countries = useQuery(trpc.reference.countries.queryOptions()).data ?? [];
  const themes = useQuery(trpc.reference.themes.queryOptions()).data ?? [];
  const { register, control, formState } = useFormContext<CommitmentFieldValues>();
  const errors: FieldErrors<CommitmentFieldValues> = formState.errors;
  const id = (name: string) => `${idPrefix}${name}`;
  const emptyValue = (value: unknown) => (value === "" ? emptyAs : value);
  /** A one-line optional field with its hint; emptied, it is "not given" or "clear it". */
  const optionalTextField = (
    name: "counterpartOther" | "announcedOn" | "targetOn",
    hint: string,
  ) => (
    <FormField id={id(name)} label={COMMITMENT_FIELD_LABELS[name]} hint={hint} error={errors[name]}>
      <input
        id={id(name)}
        aria-invalid={Boolean(errors[name])}
        aria-describedby={`${id(name)}-hint`}
        {...register(name, { setValueAs: emptyValue })}
      />
    </FormField>
  );

  return (
    <>
      <FormField id={id("title")} label={COMMITMENT_FIELD_LABELS.title} error={errors.title}>
        <input
          id={id("title")}
          autoFocus={autoFocus}
          aria-invalid={Boolean(errors.title)}
          {...register("title")}
        />
      </FormField>
      <div className="field-row">
        <FormField
          id={id("committing")}
          label={COMMITMENT_FIELD_LABELS.committingCountryId}
          hint="Type to search; pick from the suggestions."
          error={errors.committingCountryId}
        >
          <Controller
            control={control}
            name="committingCountryId"
            render={({ field }) => (
              <CountryPicker
                id={id("committing")}
                countries={countries}
                invalid={Boolean(errors.committingCountryId)}
                describedBy={`${id("committing")}-hint`}
                value={field.value}
                onChange={field.onChange}
              />
            )}
          />
        </FormField>
        <FormField
          id={id("counterparts")}
          label={COMMITMENT_FIELD_LABELS.counterpartCountryIds}
          hint="Pick a suggestion, or type a name or code and press Enter."
          error={errors.counterpartCountryIds}
        >
          <Controller
            control={control}
            name="counterpartCountryIds"
            render={({ field }) => (
              <CountryListPicker
                id={id("counterparts")}
                countries={countries}
                invalid={Boolean(errors.counterpartCountryIds)}
                describedBy={`${id("counterparts")}-hint`}
                value={field.value}
                onChange={field.onChange}
              />
            )}
          />
        </FormField>
      </div>
      {optionalTextField(
        "counterpartOther",
        "A body that is not a country: “ECOWAS”, “the UN refugee agency”, “international partners”.",
      )}
      <fieldset className="field">
        <legend>{COMMITMENT_FIELD_LABELS.direction}</legend>
        {DIRECTIONS.map((direction) => (
          <label key={direction} className="choice">
            <input type="radio" value={direction} {...register("direction")} />
            {direction === "mutual" ? "Mutual: both sides commit" : "Unilateral: one side commits"}
          </label>
        ))}
      </fieldset>
      <fieldset className="field">
        <legend>{COMMITMENT_FIELD_LABELS.stage}</legend>
        {STAGES.map((stage) => (
          <label key={stage} className="choice">
            <input type="radio" value={stage} {...register("stage")} />
            <span>
              <strong>{STAGE_LABELS[stage]}</strong> — {STAGE_DEFINITIONS[stage]}
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset className="field">
        <legend>{COMMITMENT_FIELD_LABELS.themes}</legend>
        <div className="choice-grid">
          {themes.map((theme) => (
            <label key={theme.slug} className="choice" title={theme.definition}>
              <input type="checkbox" value={theme.slug} {...register("themes")} />
              {theme.name}
            </label>
          ))}
        </div>
        {errors.themes && <p className="field-error">{errors.themes.message}</p>}
      </fieldset>
      <div className="field-row">
        {optionalTextField("announcedOn", "YYYY, YYYY-MM or YYYY-MM-DD")}
        {optionalTextField("targetOn", "Leave empty if none was given")}
      </div>
      <FormField
        id={id("description")}
        label={COMMITMENT_FIELD_LABELS.description}
        error={errors.description}
      >
        <textarea
          id={id("description")}
          rows={3}
          {...register("description", { setValueAs: emptyValue })}
        />
      </FormField>
    </>
  );
}
