export type { Candidate, Reason, ReasonKind, StatementContext } from "./types.ts";
export { suggestCommitments, suggestionSteps } from "./suggest.ts";
