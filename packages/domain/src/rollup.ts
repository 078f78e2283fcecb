/**
 * An initiative's progress: the rounded mean of its assessed children, that is of the non-deleted
 * children that have a progress. Children nobody has assessed do not count as 0 (not_assessed is
 * never "no progress"); null when no child is assessed.
 */
export function rolledUpProgress(childProgress: readonly (number | null)[]): number | null {
  const assessed = childProgress.filter((progress): progress is number => progress !== null);
  if (assessed.length === 0) return null;
  return Math.round(assessed.reduce((sum, progress) => sum + progress, 0) / assessed.length);
}
