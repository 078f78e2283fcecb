import type { Db } from "./client.ts";

/** What a list row shows; `satisfies` keeps anything else (text, audit fields) from leaking. */
const commitmentListSelect = {
  id: true,
  title: true,
  kind: true,
  direction: true,
  stage: true,
  status: true,
  progress: true,
  announcedOn: true,
  targetOn: true,
  parentId: true,
  counterpartOther: true,
  committingCountry: { select: { id: true, name: true } },
  counterparts: { select: { country: { select: { id: true, name: true } } } },
  themes: {
    select: { theme: { select: { slug: true, name: true } } },
    orderBy: { themeSlug: "asc" },
  },
  quotes: {
    select: { id: true, statementId: true, start: true, end: true, text: true },
    orderBy: { start: "asc" },
  },
} as const;

export type CommitmentListRow = Awaited<ReturnType<typeof listCommitments>>[number];

/** Commitments not deleted, initiatives before their children, in the order they were logged. */
export async function listCommitments(db: Db, options: { limit: number }) {
  const rows = await db.commitment.findMany({
    where: { deletedAt: null },
    select: commitmentListSelect,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: options.limit,
  });
  return rows.map(({ counterparts, themes, ...row }) => ({
    ...row,
    counterparts: counterparts.map(({ country }) => country),
    themes: themes.map(({ theme }) => theme),
  }));
}
