export { createDb, type Db } from "./client.ts";
export { listCommitments, type CommitmentListRow } from "./commitments.ts";
export { DatabaseSetupError, migrateDatabase } from "./migrate.ts";
export { databaseProvider, sqliteFilePath, type DatabaseProvider } from "./provider.ts";
export { listStatements } from "./statements.ts";
export { seedDatabase, seedReferenceData, seedStatement } from "./seed/seed.ts";
export { commitmentWhere } from "./commitment-filter.ts";
