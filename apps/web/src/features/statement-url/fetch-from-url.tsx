import { zodResolver } from "@hookform/resolvers/zod";
import {
  statementUrlInputSchema,
  type ExtractedStatement,
  type StatementData,
  type StatementInput,
  type StatementUrlInput,
} from "@pledgewatch/domain";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useForm, type UseFormReturn } from "react-hook-form";
import { FormField } from "../../components/form-field.tsx";
import { showApiErrors } from "../../lib/api-errors.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { countWords, fillFromPage, PAGE_FIELDS, type PageField } from "./fill-from-page.ts";

type StatementForm = UseFormReturn<StatementInput, unknown, StatementData>;

interface Fetched {
  page: ExtractedStatement;
  kept: PageField[];
}

/**
 * "Fetch" a statement's web page: the server extracts the article and this fills the statement
 * form with it, for the analyst to check and save.
 */
export function FetchFromUrl({ statementForm }: { statementForm: StatementForm }) {
  const trpc = useTRPC();
  const extract = useMutation(trpc.statement.extractFromUrl.mutationOptions());
  const form = useForm<StatementUrlInput>({
    resolver: zodResolver(statementUrlInputSchema),
    defaultValues: { url: "" },
  });
  const [fetched, setFetched] = useState<Fetched | null>(null);
  const { errors } = form.formState;

  const put = (values: Partial<StatementInput>) => {
    for (const [field, value] of Object.entries(values) as [PageField, string][]) {
      // Not dirty: the page's values are not the analyst's, so a later fetch may replace them.
      statementForm.setValue(field, value, { shouldDirty: false });
    }
    statementForm.clearErrors(Object.keys(values) as PageField[]);
  };

  const submit = form.handleSubmit(async ({ url }) => {
    setFetched(null);
    try {
      const page = await extract.mutateAsync({ url });
      const fill = fillFromPage(
        page,
        statementForm.getValues(),
        (field) => statementForm.getFieldState(field).isDirty,
      );
      put(fill.values);
      setFetched({ page, kept: fill.kept });
    } catch (error) {
      showApiErrors(error, form.setError, ["url"]);
    }
  });

  const replaceKeptWithPage = () => {
    if (!fetched) return;
    put(Object.fromEntries(fetched.kept.map((field) => [field, fetched.page[field]])));
    setFetched({ ...fetched, kept: [] });
  };

  return (
    <form
      className="form-card url-fetch"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby="url-fetch-heading"
    >
      <h2 id="url-fetch-heading">From a web page</h2>
      <FormField
        id="source-url"
        label="Web address to fetch"
        hint="A news article, press release or transcript: its text and details fill the form below."
        error={errors.url}
      >
        <div className="url-fetch-row">
          <input
            id="source-url"
            type="url"
            inputMode="url"
            placeholder="https://"
            aria-invalid={Boolean(errors.url)}
            aria-describedby="source-url-hint"
            {...form.register("url")}
          />
          <button type="submit" disabled={extract.isPending}>
            {extract.isPending ? "Fetching…" : "Fetch"}
          </button>
        </div>
      </FormField>
      <div role="status" className="url-fetch-status">
        {extract.isPending && <p className="field-hint">Fetching the page…</p>}
        {fetched && <FetchedNotice fetched={fetched} onUseKept={replaceKeptWithPage} />}
      </div>
    </form>
  );
}

function FetchedNotice({ fetched, onUseKept }: { fetched: Fetched; onUseKept: () => void }) {
  const { page, kept } = fetched;
  const words = countWords(page.text).toLocaleString("en");
  return (
    <div className="notice url-fetch-notice">
      <p>
        Text and details taken from <strong>{new URL(page.url).hostname}</strong> ({words} words):
        check them before saving.
      </p>
      {kept.length > 0 && (
        <p>
          Kept what you had typed in {kept.map((field) => PAGE_FIELDS[field]).join(", ")}.{" "}
          <button type="button" className="button-quiet" onClick={onUseKept}>
            Use the page's instead
          </button>
        </p>
      )}
    </div>
  );
}
