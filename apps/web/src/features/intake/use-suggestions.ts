import type { AppRouter } from "@pledgewatch/api";
import type { PassageRef } from "@pledgewatch/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { useState } from "react";
import { useSession } from "../../lib/session.ts";
import { useTRPC } from "../../lib/trpc.ts";

type Suggested = inferRouterOutputs<AppRouter>["intake"]["suggest"];
export type Candidate = Suggested["candidates"][number];
/** A passage the team dismissed, with who dismissed it and when. */
export type Dismissal = Suggested["dismissed"][number];

interface PassageRange {
  start: number;
  end: number;
}

/** A suggestion's identity within its statement: its offsets (the text never moves under it). */
export const passageKey = (passage: PassageRange) => `${passage.start}-${passage.end}`;

const samePassage = (one: PassageRange, other: PassageRange) =>
  one.start === other.start && one.end === other.end;

/**
 * A statement's suggested commitments, read once the analyst asks for them (the extractor reads
 * the whole text), split into those still open and those the team dismissed. Dismissing and
 * restoring show at once and are kept on the server, for everyone.
 */
export function useSuggestions(statementId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { user } = useSession();
  const [requested, setRequested] = useState(false);
  const [showDismissed, setShowDismissed] = useState(false);
  const input = { id: statementId };
  const queryKey = trpc.intake.suggest.queryKey(input);
  const query = useQuery(trpc.intake.suggest.queryOptions(input, { enabled: requested }));
  const candidates = query.data?.candidates ?? [];
  const dismissals = query.data?.dismissed ?? [];
  const dismissalOf = (passage: PassageRange) =>
    dismissals.find((dismissal) => samePassage(dismissal, passage));
  const open = candidates.filter((candidate) => !dismissalOf(candidate));
  const dismissed = candidates.filter((candidate) => dismissalOf(candidate));

  /** Changes the cached list before the server answers; puts it back if the server refuses. */
  const optimistically = (change: (list: Dismissal[], passage: PassageRef) => Dismissal[]) => ({
    onMutate: async (passage: PassageRef) => {
      await queryClient.cancelQueries({ queryKey });
      const previous = queryClient.getQueryData(queryKey);
      queryClient.setQueryData(
        queryKey,
        (data) => data && { ...data, dismissed: change(data.dismissed, passage) },
      );
      return { previous };
    },
    onError: (_error: unknown, _passage: PassageRef, context?: { previous?: Suggested }) =>
      queryClient.setQueryData(queryKey, context?.previous),
    onSettled: () => queryClient.invalidateQueries({ queryKey }),
  });
  const dismissMutation = useMutation(
    trpc.intake.dismiss.mutationOptions(
      optimistically((list, passage) => [
        ...list,
        {
          start: passage.start,
          end: passage.end,
          dismissedAt: new Date().toISOString(),
          dismissedBy: user && { id: user.id, name: user.name },
        },
      ]),
    ),
  );
  const restoreMutation = useMutation(
    trpc.intake.restore.mutationOptions(
      optimistically((list, passage) =>
        list.filter((dismissal) => !samePassage(dismissal, passage)),
      ),
    ),
  );
  const passageOf = (candidate: Candidate): PassageRef => ({
    statementId,
    start: candidate.start,
    end: candidate.end,
  });
  /** The last dismiss or restore of this candidate failed: why, for its card. */
  const errorFor = (candidate: Candidate) =>
    [dismissMutation, restoreMutation].find(
      (mutation) => mutation.isError && samePassage(mutation.variables, candidate),
    )?.error?.message;

  return {
    query,
    requested,
    open,
    dismissed,
    dismissalOf,
    errorFor,
    /** What the list shows, and so what the text marks. */
    listed: showDismissed ? [...open, ...dismissed] : open,
    showDismissed,
    setShowDismissed,
    dismiss: (candidate: Candidate) => dismissMutation.mutate(passageOf(candidate)),
    restore: (candidate: Candidate) => restoreMutation.mutate(passageOf(candidate)),
    request: () => (requested ? void query.refetch() : setRequested(true)),
    /** After a commitment is logged: the server no longer suggests its passage. */
    refresh: () => queryClient.invalidateQueries({ queryKey }),
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
