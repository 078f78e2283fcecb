export { createDb, type Db } from "./client.ts";
export {
  commitmentHistory,
  createCommitment,
  deleteCommitment,
  getCommitment,
  listCommitments,
  restoreCommitment,
  updateCommitment,
  type CommitmentDetail,
  type CommitmentListRow,
} from "./commitments.ts";
export { DatabaseSetupError, migrateDatabase } from "./migrate.ts";
export { databaseProvider, sqliteFilePath, type DatabaseProvider } from "./provider.ts";
export { createStatement, getStatement, listStatements, updateStatement } from "./statements.ts";
export { seedDatabase, seedReferenceData, seedStatement } from "./seed/seed.ts";
export { commitmentWhere } from "./commitment-filter.ts";
export {
  countByCountryAndStatus,
  countByPairAndStatus,
  countByStageAndStatus,
  countByThemeAndStatus,
  headlineStats,
  listCountriesWithInvolvement,
  statusOverTime,
  upcomingDeadlines,
} from "./stats.ts";
export { listOverdue, listStale } from "./follow-up.ts";
export { listUsers, setUserRole } from "./users.ts";
export { setCommitmentStatus } from "./status-events.ts";
