// What every benchmark suite receives, and what it returns: one row of the results table each.

export interface BenchContext {
  /** Smoke-test size for CI: every step runs, times are reported but not judged. */
  quick: boolean;
  /** Size of the generated dataset the suites read. */
  size: { commitments: number; events: number };
  /** A migrated SQLite file holding the generated dataset (read-only for suites: copy it to write). */
  sqlitePath: string;
  sqliteUrl: string;
  /** The same dataset in PostgreSQL, when the run has a server (DATABASE_URL_PG or --pg). */
  postgresUrl: string | undefined;
  /** Repository root, for built web assets and docs. */
  repoRoot: string;
  /** A scratch directory of this run, removed at the end. */
  workDir: string;
  /** Progress for long steps, on stderr so the table stays readable. */
  log(message: string): void;
}

export interface BenchResult {
  /** Group in the table, e.g. "Dashboard queries". */
  suite: string;
  /** What was measured, e.g. "stats.headline (createCaller) vs hand SQL". */
  name: string;
  /** The figure, already formatted with its unit, e.g. "12.3 ms" or "1.21×". */
  value: string;
  /** The reference measured in the same run, formatted, e.g. "10.1 ms (better-sqlite3)". */
  baseline?: string;
  /** The target as written in the issue, e.g. "≤ 1.5×". */
  target: string;
  /** Whether the target is met; null when the figure has no target of its own or the run is quick. */
  met: boolean | null;
  /** Why, when it is not met or needs a word. */
  note?: string;
}

export interface BenchSuite {
  name: string;
  run(context: BenchContext): Promise<BenchResult[]>;
}
