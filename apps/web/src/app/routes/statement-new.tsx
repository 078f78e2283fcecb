import { zodResolver } from "@hookform/resolvers/zod";
import {
  STATEMENT_KIND_LABELS,
  statementInputSchema,
  type StatementData,
  type StatementInput,
  type StatementKind,
} from "@pledgewatch/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Link, useNavigate } from "react-router";
import { emptyAsUndefined, FormError, FormField } from "../../components/form-field.tsx";
import { FetchFromUrl } from "../../features/statement-url/fetch-from-url.tsx";
import { appCodeOf, isApiError, showApiErrors } from "../../lib/api-errors.ts";
import { useSession } from "../../lib/session.ts";
import { useTRPC } from "../../lib/trpc.ts";

const TEXT_FIELDS = [
  ["title", "Title"],
  ["publisher", "Publisher"],
  ["url", "Web address"],
  ["publishedOn", "Published (YYYY, YYYY-MM or YYYY-MM-DD)"],
  ["byline", "Byline"],
  ["speakerName", "Speaker"],
  ["speakerTitle", "Speaker's title"],
  ["speakerOrganisation", "Speaker's organisation"],
  ["speakerCountryId", "Speaker's country (ISO code, such as KE)"],
  ["eventName", "Event"],
  ["eventLocation", "Event location"],
  ["eventOn", "Event date"],
] as const satisfies readonly [keyof StatementInput, string][];

const FIELDS = [...TEXT_FIELDS.map(([name]) => name), "kind", "text", "language"] as const;

export function Component() {
  const trpc = useTRPC();
  const { can, isLoading } = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [existingId, setExistingId] = useState<string | null>(null);
  const form = useForm<StatementInput, unknown, StatementData>({
    resolver: zodResolver(statementInputSchema),
    defaultValues: { title: "", kind: "speech", language: "en", text: "" },
  });
  const create = useMutation(trpc.statement.create.mutationOptions());
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setExistingId(null);
    try {
      const created = await create.mutateAsync(values);
      await queryClient.invalidateQueries({ queryKey: trpc.statement.pathKey() });
      void navigate(`/statements/${created.id}`);
    } catch (error) {
      const details = isApiError(error) ? (error.data?.details as { existingId?: string }) : null;
      if (appCodeOf(error) === "CONFLICT" && details?.existingId) setExistingId(details.existingId);
      showApiErrors(error, form.setError, FIELDS);
    }
  });

  if (!isLoading && !can("analyst")) {
    return (
      <section className="empty-state">
        <h1>Adding statements needs an analyst account</h1>
        <Link to="/sign-in?from=/statements/new">Sign in</Link>
      </section>
    );
  }

  return (
    <section className="narrow">
      <header className="page-header">
        <h1>Add a statement</h1>
        <p className="lede">
          Paste the statement's full text as published, with who said it, or fetch it from its web
          page.
        </p>
      </header>
      <FetchFromUrl statementForm={form} />
      <form className="form-card" onSubmit={(event) => void submit(event)} noValidate>
        <FormField id="kind" label="Kind" error={errors.kind}>
          <select id="kind" {...form.register("kind")}>
            {Object.entries(STATEMENT_KIND_LABELS).map(([kind, label]) => (
              <option key={kind} value={kind as StatementKind}>
                {label}
              </option>
            ))}
          </select>
        </FormField>
        {TEXT_FIELDS.map(([name, label]) => (
          <FormField key={name} id={name} label={label} error={errors[name]}>
            <input
              id={name}
              aria-invalid={Boolean(errors[name])}
              {...form.register(name, {
                setValueAs: name === "title" ? undefined : emptyAsUndefined,
              })}
            />
          </FormField>
        ))}
        <FormField id="text" label="Full text" error={errors.text}>
          <textarea id="text" rows={14} {...form.register("text")} />
        </FormField>
        {existingId && (
          <p className="notice">
            <Link to={`/statements/${existingId}`}>Open the statement already logged</Link>
          </p>
        )}
        <FormError message={errors.root?.server?.message} />
        <button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Saving…" : "Save statement"}
        </button>
      </form>
    </section>
  );
}
