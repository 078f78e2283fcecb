export { createDb, type Db } from "./client.ts";
export {
  commitmentHistory,
  commitmentListSelect,
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
export { dismissPassage, listDismissedPassages, restorePassage } from "./dismissed-passages.ts";
export { seedDatabase, seedReferenceData, seedStatement } from "./seed/seed.ts";
export { commitmentWhere } from "./commitment-filter.ts";
export { commitmentFilterSql } from "./commitment-filter-sql.ts";
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
export {
  exportCommitments,
  exportCommitmentsWithHistory,
  toCommitmentExport,
  toStatusEventExports,
  type ExportedCommitment,
  type ExportedCommitmentWithHistory,
  type ExportScope,
} from "./export.ts";
export {
  latestStatusChanges,
  latestStatusChangesOf,
  STATUS_FEED_LENGTH,
  type StatusChange,
} from "./status-feed.ts";
export { listThemes } from "./themes.ts";
export { BackupError, countsSummary, type BackupCounts } from "./backup/format.ts";
export { writeBackup, type BackupOptions } from "./backup/write-backup.ts";
export { restoreBackup } from "./backup/restore-backup.ts";
export { commitImport, previewImport } from "./import.ts";
export { dataRevision, ReadCache } from "./read-cache.ts";
