export type { Candidate, Reason, ReasonKind, StatementContext } from "./types.ts";
export { suggestCommitments } from "./suggest.ts";
