import type { Db } from "./client.ts";

/** Statement metadata for listings; the full text is fetched only where it is shown. */
export async function listStatements(db: Db, options: { limit: number }) {
  const rows = await db.statement.findMany({
    select: {
      id: true,
      title: true,
      kind: true,
      publisher: true,
      url: true,
      publishedOn: true,
      byline: true,
      eventName: true,
      eventLocation: true,
      eventOn: true,
      speakerName: true,
      speakerTitle: true,
      speakerOrganisation: true,
      speakerCountry: { select: { id: true, name: true } },
      _count: { select: { quotes: true } },
    },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: options.limit,
  });
  return rows.map(({ _count, ...row }) => ({ ...row, quoteCount: _count.quotes }));
}
