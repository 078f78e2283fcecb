import { useState } from "react";

interface PassageRange {
  start: number;
  end: number;
}

/** A suggestion's identity within its statement: its offsets (the text never moves under it). */
export const passageKey = (passage: PassageRange) => `${passage.start}-${passage.end}`;

const storageKey = (statementId: string) => `pledgewatch.dismissed-suggestions.${statementId}`;

function readDismissed(statementId: string): string[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(storageKey(statementId)) ?? "[]");
    return Array.isArray(stored) ? stored.filter((key) => typeof key === "string") : [];
  } catch {
    // Storage disabled or a value written by hand: start with nothing dismissed.
    return [];
  }
}

/** The passages an analyst dismissed on a statement, kept in this browser across visits. */
export function useDismissedPassages(statementId: string) {
  const [dismissed, setDismissed] = useState(() => ({
    statementId,
    keys: readDismissed(statementId),
  }));
  // The route keeps this component when it moves to another statement: read that one's list.
  const current =
    dismissed.statementId === statementId
      ? dismissed
      : { statementId, keys: readDismissed(statementId) };
  if (current !== dismissed) setDismissed(current);

  const save = (keys: string[]) => {
    setDismissed({ statementId, keys });
    try {
      localStorage.setItem(storageKey(statementId), JSON.stringify(keys));
    } catch {
      // Storage full or disabled: the dismissal still holds until the page is left.
    }
  };
  return {
    isDismissed: (passage: PassageRange) => current.keys.includes(passageKey(passage)),
    dismiss: (passage: PassageRange) =>
      save([...current.keys.filter((key) => key !== passageKey(passage)), passageKey(passage)]),
    restore: (passage: PassageRange) =>
      save(current.keys.filter((key) => key !== passageKey(passage))),
  };
}
