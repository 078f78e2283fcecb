import { zodResolver } from "@hookform/resolvers/zod";
import {
  isFinalStatus,
  needsEvidence,
  setStatusInputSchema,
  STATUS_DEFINITIONS,
  STATUS_LABELS,
  STATUSES,
  todayIso,
  type SetStatusInput,
  type Status,
} from "@pledgewatch/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { emptyAsUndefined, FormError, FormField } from "../../components/form-field.tsx";
import { useVersionedSave } from "../../components/versioned-save.tsx";
import { useTRPC } from "../../lib/trpc.ts";

const FIELDS = ["to", "occurredOn", "note", "evidenceUrl"] as const;

/** The API's schema plus the evidence rule, so the form says so before the server does. */
const statusFormSchema = (current: Status) =>
  setStatusInputSchema.superRefine((input, context) => {
    const hasEvidence = Boolean(input.evidenceUrl || input.evidenceStatementId);
    if (!hasEvidence && (needsEvidence(input.to) || isFinalStatus(current))) {
      context.addIssue({
        code: "custom",
        path: ["evidenceUrl"],
        message: isFinalStatus(current)
          ? `Reopening a ${STATUS_LABELS[current].toLowerCase()} commitment needs evidence: give its web address.`
          : `Marking it ${STATUS_LABELS[input.to].toLowerCase()} needs evidence: give its web address.`,
      });
    }
  });

interface StatusFormProps {
  commitment: { id: string; version: number; status: Status };
  /** Fetches the commitment again and returns its current version. */
  onReload: () => Promise<number | undefined>;
}

/** Records a status change with its date, note and evidence; refuses stale versions clearly. */
export function StatusForm(props: StatusFormProps) {
  // A fresh form after each save, starting from the commitment as it now is.
  const [saves, setSaves] = useState(0);
  return <StatusChangeForm key={saves} {...props} onSaved={() => setSaves(saves + 1)} />;
}

function StatusChangeForm({
  commitment,
  onReload,
  onSaved,
}: StatusFormProps & { onSaved: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const choices = STATUSES.filter(
    (status) => status !== "not_assessed" && status !== commitment.status,
  );
  const form = useForm<SetStatusInput>({
    resolver: zodResolver(statusFormSchema(commitment.status)),
    defaultValues: {
      id: commitment.id,
      version: commitment.version,
      to: choices[0],
      occurredOn: todayIso(),
    },
  });
  const setStatus = useMutation(trpc.commitment.setStatus.mutationOptions());
  const { errors, isSubmitting } = form.formState;
  const chosen = form.watch("to");

  const { save, notice } = useVersionedSave({
    setError: form.setError,
    fields: FIELDS,
    onReload,
    setVersion: (version) => form.setValue("version", version),
  });

  const submit = form.handleSubmit(async (values) => {
    const saved = await save(async () => {
      await setStatus.mutateAsync(values);
      await queryClient.invalidateQueries({ queryKey: trpc.commitment.pathKey() });
    });
    if (saved) onSaved();
  });

  return (
    <form
      className="form-card"
      aria-labelledby="status-heading"
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <h2 id="status-heading">Update status</h2>
      <FormField
        id="status-to"
        label="New status"
        hint={chosen ? STATUS_DEFINITIONS[chosen] : undefined}
        error={errors.to}
      >
        <select id="status-to" {...form.register("to")}>
          {choices.map((status) => (
            <option key={status} value={status}>
              {STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </FormField>
      <FormField
        id="occurredOn"
        label="When it happened"
        hint="The date of the event, not today's, if you know it"
        error={errors.occurredOn}
      >
        <input id="occurredOn" type="date" max={todayIso()} {...form.register("occurredOn")} />
      </FormField>
      <FormField
        id="evidenceUrl"
        label="Evidence (web address)"
        hint={
          (chosen && needsEvidence(chosen)) || isFinalStatus(commitment.status)
            ? "Required for this change"
            : "Optional for this change"
        }
        error={errors.evidenceUrl}
      >
        <input
          id="evidenceUrl"
          type="url"
          inputMode="url"
          placeholder="https://"
          aria-invalid={Boolean(errors.evidenceUrl)}
          {...form.register("evidenceUrl", { setValueAs: emptyAsUndefined })}
        />
      </FormField>
      <FormField id="note" label="Note" error={errors.note}>
        <textarea id="note" rows={3} {...form.register("note", { setValueAs: emptyAsUndefined })} />
      </FormField>
      {notice}
      <FormError message={errors.root?.server?.message} />
      <button type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Saving…" : "Save status"}
      </button>
    </form>
  );
}
