// Answers of the public read procedures (figures, lists), kept until the data changes: a busy
// dashboard or a scraped API then costs one tiny query per request instead of an aggregation.
// "Until the data changes" is the DataRevision row, which database triggers raise inside every
// writing transaction (migration data_revision): any instance, import or restore invalidates every
// instance's cache at its commit, so instances never disagree (docs/scaling.md).
import type { Db } from "./client.ts";

/** Enough for the views a newsroom clicks through in a day; bounded in bytes (as JSON) too. */
const MAX_ENTRIES = 2_000;
const MAX_JSON_BYTES = 16 * 1024 * 1024;

export async function dataRevision(db: Db): Promise<number> {
  const rows = await db.$queryRaw<{ revision: number | bigint }[]>`
    SELECT "revision" FROM "DataRevision" WHERE "id" = 1`;
  return Number(rows[0]?.revision ?? 0);
}

/** Overdue and stale are relative to today: an answer computed yesterday is not today's. */
const today = () => new Date().toISOString().slice(0, 10);

export class ReadCache {
  private revision = -1;
  private day = "";
  private readonly answers = new Map<string, Promise<unknown>>();
  private jsonBytes = 0;

  constructor(private readonly db: Db) {}

  /**
   * The answer for `key` at the current revision: a cached one, or `compute()`'s. Concurrent
   * requests for the same key share one computation.
   */
  async read<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const revision = await dataRevision(this.db);
    // A revision read before a newer one was seen: answer it without touching the cache.
    if (revision < this.revision) return compute();
    if (revision > this.revision || today() !== this.day) {
      this.answers.clear();
      this.jsonBytes = 0;
      this.revision = revision;
      this.day = today();
    }
    const cached = this.answers.get(key);
    if (cached) return cached as Promise<T>;
    const answer = compute();
    if (this.answers.size >= MAX_ENTRIES || this.jsonBytes >= MAX_JSON_BYTES) return answer;
    this.answers.set(key, answer);
    const forget = () => {
      if (this.answers.get(key) === answer) this.answers.delete(key);
    };
    // A failure is not an answer (the next request tries again), nor is what JSON cannot hold.
    answer.then((value) => {
      if (this.answers.get(key) !== answer) return;
      try {
        this.jsonBytes += JSON.stringify(value)?.length ?? 0;
      } catch {
        forget();
      }
    }, forget);
    return answer;
  }
}
