import {
  parseCommitmentView,
  serialiseCommitmentView,
  type CommitmentView,
} from "@pledgewatch/domain";
import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";

/** The link to the commitments list showing exactly this view. */
export function commitmentListHref(view: CommitmentView): string {
  const query = serialiseCommitmentView(view).toString();
  return query ? `/commitments?${query}` : "/commitments";
}

/** The view in the current URL, and a setter that writes a new view back into it. */
export function useCommitmentFilter(): [CommitmentView, (next: CommitmentView) => void] {
  const [params, setParams] = useSearchParams();
  const query = params.toString();
  // Parsed once per distinct URL, so the view is a stable query key between renders.
  const view = useMemo(() => parseCommitmentView(new URLSearchParams(query)), [query]);
  const setView = useCallback(
    (next: CommitmentView) => setParams(serialiseCommitmentView(next), { replace: true }),
    [setParams],
  );
  return [view, setView];
}
