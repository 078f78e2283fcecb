import type { Db } from "./client.ts";

/** The cooperation themes with their definitions, by name. */
export function listThemes(db: Db) {
  return db.theme.findMany({
    select: { slug: true, name: true, definition: true },
    orderBy: { name: "asc" },
  });
}
