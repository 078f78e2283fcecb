import type { AppRouter } from "@pledgewatch/api";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { useState } from "react";
import { useTRPC } from "../../lib/trpc.ts";
import { useDismissedPassages } from "./dismissed-passages.ts";

export type Candidate = inferRouterOutputs<AppRouter>["intake"]["suggest"]["candidates"][number];

/**
 * A statement's suggested commitments, read once the analyst asks for them (the extractor reads
 * the whole text), split into those still open and those the analyst dismissed.
 */
export function useSuggestions(statementId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [requested, setRequested] = useState(false);
  const [showDismissed, setShowDismissed] = useState(false);
  const dismissals = useDismissedPassages(statementId);
  const input = { id: statementId };
  const query = useQuery(trpc.intake.suggest.queryOptions(input, { enabled: requested }));
  const candidates = query.data?.candidates ?? [];
  const open = candidates.filter((candidate) => !dismissals.isDismissed(candidate));
  const dismissed = candidates.filter(dismissals.isDismissed);

  return {
    query,
    requested,
    open,
    dismissed,
    /** What the list shows, and so what the text marks. */
    listed: showDismissed ? [...open, ...dismissed] : open,
    showDismissed,
    setShowDismissed,
    dismiss: dismissals.dismiss,
    restore: dismissals.restore,
    request: () => (requested ? void query.refetch() : setRequested(true)),
    /** After a commitment is logged: the server no longer suggests its passage. */
    refresh: () => queryClient.invalidateQueries({ queryKey: trpc.intake.suggest.queryKey(input) }),
  };
}

export type Suggestions = ReturnType<typeof useSuggestions>;

/** The commitment form's fields as the candidate reads them, for the analyst to check. */
export function commitmentPrefill(candidate: Candidate, speakerCountryId: string | undefined) {
  return {
    title: candidate.title,
    committingCountryId: candidate.committingCountryId ?? speakerCountryId ?? "",
    counterpartCountryIds: candidate.counterpartCountryIds,
    direction: candidate.direction,
    stage: candidate.stage,
    themes: candidate.themes,
  };
}
