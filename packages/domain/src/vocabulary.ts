/** AidData/IATI distinction between a stated wish and a firm commitment. */
export const STAGE_DEFINITIONS = {
  aspiration: "A wish or request: the party hopes, seeks or looks forward to it.",
  pledge: "A unilateral promise: the party says it will do it or commits to it.",
  agreement: "Both sides have agreed or signed it.",
  programme: "Resources are allocated or work is under way in a named programme.",
} as const;
export type Stage = keyof typeof STAGE_DEFINITIONS;
export const STAGES = Object.keys(STAGE_DEFINITIONS) as [Stage, ...Stage[]];
export const STAGE_LABELS: Record<Stage, string> = {
  aspiration: "Aspiration",
  pledge: "Pledge",
  agreement: "Agreement",
  programme: "Programme",
};

export const DIRECTIONS = ["unilateral", "mutual"] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const COMMITMENT_KINDS = ["commitment", "initiative"] as const;
export type CommitmentKind = (typeof COMMITMENT_KINDS)[number];

export const STATEMENT_KIND_LABELS = {
  speech: "Speech",
  joint_statement: "Joint statement",
  mou: "Memorandum of understanding",
  communique: "Communiqué",
  press_release: "Press release",
  news_report: "News report",
} as const;
export type StatementKind = keyof typeof STATEMENT_KIND_LABELS;
export const STATEMENT_KINDS = Object.keys(STATEMENT_KIND_LABELS) as [
  StatementKind,
  ...StatementKind[],
];
