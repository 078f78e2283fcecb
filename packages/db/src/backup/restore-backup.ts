import { Writable, type Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import Assembler from "stream-json/assembler.js";
import parser, { type Token } from "stream-json/parser.js";
import type { Db } from "../client.ts";
import type { Prisma } from "../generated/sqlite/client.ts";
import { seedReferenceData } from "../seed/seed.ts";
import {
  BACKUP_FORMAT,
  BACKUP_TABLES,
  BACKUP_VERSION,
  BackupError,
  decodeRow,
  describeRow,
  type BackupCounts,
  type BackupTable,
  type Row,
} from "./format.ts";
import { LONG_TRANSACTION, modelOf, valuesOf } from "./models.ts";

/**
 * Loads a backup into an empty, migrated database in one transaction: on any problem (a
 * truncated or corrupt file, another format or version, a row the database refuses) nothing is
 * written and a BackupError names the table and row. Streams the file: memory stays flat.
 */
export async function restoreBackup(db: Db, input: Readable): Promise<BackupCounts> {
  // Countries and themes come from the code, not the file; a database that has them is not empty.
  if ((await db.country.count()) === 0) await seedReferenceData(db);
  return db.$transaction(async (tx) => {
    await refuseUnlessEmpty(tx);
    const loader = new TableLoader(tx);
    const reader = new BackupReader(loader);
    try {
      await pipeline(input, parser.asStream({ streamValues: false }), reader);
    } catch (error) {
      // The transaction must not end while an insert is still running.
      await reader.inFlight;
      if (!isSyntaxError(error)) throw error;
      throw new BackupError(
        `The file is not complete, valid JSON: it is truncated or corrupt (${error.message}).`,
      );
    }
    return loader.counts;
  }, LONG_TRANSACTION);
}

/** stream-json's parser errors all start so; other errors keep their own message. */
const isSyntaxError = (error: unknown): error is Error =>
  error instanceof Error && !(error instanceof BackupError) && error.message.startsWith("Parser ");

async function refuseUnlessEmpty(tx: Prisma.TransactionClient): Promise<void> {
  const held: string[] = [];
  for (const table of BACKUP_TABLES) {
    const count = await modelOf(tx, table).count();
    if (count > 0) held.push(`${table.name}: ${count}`);
  }
  if (held.length > 0) {
    throw new BackupError(
      `The database is not empty (${held.join(", ")}): restore only into a new, empty database.`,
    );
  }
}

/**
 * Turns the parser's tokens into rows for the loader, checking the envelope on the way:
 * {"format":…,"version":…,"tables":{"<table>":[<row>,…],…}} with every table, in order (a file
 * written before a table was added ends without it). Each row is taken out of the assembled
 * document as soon as it is complete, so the document stays small.
 */
class BackupReader extends Writable {
  private readonly assembler = new Assembler();
  private headerChecked = false;
  private tablesStarted = 0;
  private rowNumber = 0;
  /** Settles when the loader has finished with the last token given to it. */
  inFlight: Promise<void> = Promise.resolve();

  constructor(private readonly loader: TableLoader) {
    super({ objectMode: true, highWaterMark: 1024 });
  }

  override _write(token: Token, _encoding: string, done: (error?: Error | null) => void): void {
    let work: Promise<void> | undefined;
    try {
      work = this.consume(token);
    } catch (error) {
      return done(error as Error);
    }
    if (!work) return done();
    this.inFlight = work.then(() => done(), done);
  }

  override _final(done: (error?: Error | null) => void): void {
    this.inFlight = this.finish().then(() => done(), done);
  }

  private consume(token: Token): Promise<void> | undefined {
    const assembler = this.assembler;
    if (assembler.depth === 0 && token.name !== "startObject") throw notABackup();
    assembler.consume(token);
    const { depth, path } = assembler;
    if (depth === 1 && token.name === "keyValue" && token.value === "tables") {
      this.checkHeader(assembler.current as Row);
    }
    if (depth < 2 || path[0] !== "tables") return undefined;
    if (depth === 2) {
      if (token.name === "keyValue") return this.startTable(token.value);
      // The tables object opens, or a table's array closes; anything else is not a table.
      if (token.name !== "startObject" && token.name !== "endArray") throw notTables();
      return undefined;
    }
    const rows = depth === 3 ? assembler.current : [];
    if (!Array.isArray(rows)) throw notTables();
    // Any complete element of a table's array: the loader refuses what is not an object.
    return rows.length > 0 ? this.loader.add(rows.pop(), ++this.rowNumber) : undefined;
  }

  private checkHeader(header: Row): void {
    if (header.format !== BACKUP_FORMAT) throw notABackup();
    if (header.version !== BACKUP_VERSION) {
      throw new BackupError(
        `This backup is in version ${JSON.stringify(header.version)} of the format; this Pledgewatch reads version ${BACKUP_VERSION}.`,
      );
    }
    this.headerChecked = true;
  }

  private startTable(name: string): Promise<void> {
    const expected = BACKUP_TABLES[this.tablesStarted];
    if (name !== expected?.name) {
      throw new BackupError(
        expected
          ? `The file has table "${name}" where table "${expected.name}" should come.`
          : `The file has an unknown table "${name}".`,
      );
    }
    this.tablesStarted += 1;
    this.rowNumber = 0;
    return this.loader.startTable(expected);
  }

  private async finish(): Promise<void> {
    if (!this.headerChecked) throw notABackup();
    const notInFile = BACKUP_TABLES.slice(this.tablesStarted);
    const missing = notInFile.find((table) => !table.newerThanFirstBackups);
    if (missing) throw new BackupError(`The file has no table "${missing.name}".`);
    await this.loader.finishTable();
    for (const table of notInFile) this.loader.counts[table.name] = 0;
  }
}

const notABackup = () =>
  new BackupError(
    `This is not a Pledgewatch backup: it must start with {"format":"${BACKUP_FORMAT}","version":…,"tables":…}.`,
  );

const notTables = () =>
  new BackupError(`The file's "tables" must map each table's name to an array of rows.`);

/** Inserts rows in batches, each batch under a savepoint so that a refused row can be named. */
class TableLoader {
  readonly counts = {} as BackupCounts;
  private table: BackupTable | undefined;
  private batch: Row[] = [];
  private batchStartsAtRow = 1;
  /** Ids already inserted, for a table whose rows point at other rows of it. */
  private readonly insertedIds = new Set<unknown>();
  /** Rows whose self-reference points further down the file: linked once the table is in. */
  private deferredLinks: { row: Row; rowNumber: number }[] = [];

  constructor(private readonly tx: Prisma.TransactionClient) {}

  async startTable(table: BackupTable): Promise<void> {
    await this.finishTable();
    this.table = table;
    this.counts[table.name] = 0;
    this.insertedIds.clear();
  }

  async add(value: unknown, rowNumber: number): Promise<void> {
    const table = this.table!;
    let row = decodeRow(table, rowNumber, value);
    const reference = table.selfReference;
    if (reference && row[reference] !== null && !this.insertedIds.has(row[reference])) {
      // Only what the link needs: many such rows must not hold whole rows in memory.
      const link = valuesOf(row, [...table.primaryKey, reference, "updatedAt"]);
      this.deferredLinks.push({ row: link, rowNumber });
      row = { ...row, [reference]: null };
    }
    if (this.batch.length === 0) this.batchStartsAtRow = rowNumber;
    this.batch.push(row);
    this.counts[table.name] += 1;
    if (this.batch.length >= table.batchSize) await this.flush();
  }

  async finishTable(): Promise<void> {
    const table = this.table;
    if (!table) return;
    await this.flush();
    const model = modelOf(this.tx, table);
    const reference = table.selfReference!;
    for (const { row, rowNumber } of this.deferredLinks) {
      // updatedAt is given, or Prisma would set it to now and the restore would not be exact.
      await this.namingTheRow(table, rowNumber, row, () =>
        model.update({
          where: valuesOf(row, table.primaryKey),
          data: { [reference]: row[reference], updatedAt: row.updatedAt },
        }),
      );
    }
    this.deferredLinks = [];
  }

  private async flush(): Promise<void> {
    const table = this.table!;
    const rows = this.batch;
    if (rows.length === 0) return;
    this.batch = [];
    const model = modelOf(this.tx, table);
    await this.tx.$executeRawUnsafe("SAVEPOINT restore_batch");
    try {
      await model.createMany({ data: rows });
    } catch {
      // Undo the partial batch, then insert row by row: the first refused row gets named.
      await this.tx.$executeRawUnsafe("ROLLBACK TO SAVEPOINT restore_batch");
      for (const [index, row] of rows.entries()) {
        await this.namingTheRow(table, this.batchStartsAtRow + index, row, () =>
          model.create({ data: row }),
        );
      }
    }
    await this.tx.$executeRawUnsafe("RELEASE SAVEPOINT restore_batch");
    if (table.selfReference) for (const row of rows) this.insertedIds.add(row.id);
  }

  /** Runs a write; if the database refuses it, a BackupError names the row and the reason. */
  private async namingTheRow(
    table: BackupTable,
    rowNumber: number,
    row: Row,
    write: () => Promise<unknown>,
  ): Promise<void> {
    try {
      await write();
    } catch (error) {
      // Prisma's last line states the reason ("Unique constraint failed on the fields: …").
      const reason = (error as Error).message.trim().split("\n").at(-1);
      throw new BackupError(`${describeRow(table, rowNumber, row)}: ${reason}`);
    }
  }
}
