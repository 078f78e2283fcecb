-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "actorId" TEXT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "changes" TEXT NOT NULL,
    CONSTRAINT "AuditEntry_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "user" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "emailVerified" BOOLEAN NOT NULL DEFAULT false,
    "image" TEXT,
    "role" TEXT NOT NULL DEFAULT 'viewer',
    "banned" BOOLEAN DEFAULT false,
    "banReason" TEXT,
    "banExpires" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "session" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "expiresAt" DATETIME NOT NULL,
    "token" TEXT NOT NULL,
    "ipAddress" TEXT,
    "userAgent" TEXT,
    "impersonatedBy" TEXT,
    "userId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "account" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "accountId" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "accessToken" TEXT,
    "refreshToken" TEXT,
    "idToken" TEXT,
    "accessTokenExpiresAt" DATETIME,
    "refreshTokenExpiresAt" DATETIME,
    "scope" TEXT,
    "password" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "verification" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "identifier" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "rateLimit" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "lastRequest" BIGINT NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Commitment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "kind" TEXT NOT NULL DEFAULT 'commitment',
    "parentId" TEXT,
    "committingCountryId" TEXT NOT NULL,
    "counterpartOther" TEXT,
    "direction" TEXT NOT NULL,
    "stage" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'not_assessed',
    "progress" INTEGER,
    "progressExplicit" BOOLEAN NOT NULL DEFAULT false,
    "announcedOn" TEXT,
    "targetOn" TEXT,
    "startedOn" TEXT,
    "completedOn" TEXT,
    "lastEventOn" TEXT,
    "externalId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "deletedAt" DATETIME,
    CONSTRAINT "Commitment_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Commitment" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Commitment_committingCountryId_fkey" FOREIGN KEY ("committingCountryId") REFERENCES "Country" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Commitment" ("announcedOn", "committingCountryId", "completedOn", "counterpartOther", "createdAt", "deletedAt", "description", "direction", "externalId", "id", "kind", "parentId", "progress", "stage", "startedOn", "status", "targetOn", "title", "updatedAt", "version") SELECT "announcedOn", "committingCountryId", "completedOn", "counterpartOther", "createdAt", "deletedAt", "description", "direction", "externalId", "id", "kind", "parentId", "progress", "stage", "startedOn", "status", "targetOn", "title", "updatedAt", "version" FROM "Commitment";
DROP TABLE "Commitment";
ALTER TABLE "new_Commitment" RENAME TO "Commitment";
CREATE UNIQUE INDEX "Commitment_externalId_key" ON "Commitment"("externalId");
CREATE INDEX "Commitment_committingCountryId_status_idx" ON "Commitment"("committingCountryId", "status");
CREATE INDEX "Commitment_status_targetOn_idx" ON "Commitment"("status", "targetOn");
CREATE INDEX "Commitment_stage_idx" ON "Commitment"("stage");
CREATE INDEX "Commitment_announcedOn_idx" ON "Commitment"("announcedOn");
CREATE INDEX "Commitment_targetOn_idx" ON "Commitment"("targetOn");
CREATE INDEX "Commitment_parentId_idx" ON "Commitment"("parentId");
CREATE INDEX "Commitment_deletedAt_idx" ON "Commitment"("deletedAt");
CREATE INDEX "Commitment_lastEventOn_idx" ON "Commitment"("lastEventOn");
CREATE TABLE "new_Statement" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "publisher" TEXT,
    "url" TEXT,
    "publishedOn" TEXT,
    "byline" TEXT,
    "eventName" TEXT,
    "eventLocation" TEXT,
    "eventOn" TEXT,
    "speakerName" TEXT,
    "speakerTitle" TEXT,
    "speakerOrganisation" TEXT,
    "speakerCountryId" TEXT,
    "language" TEXT NOT NULL DEFAULT 'en',
    "text" TEXT NOT NULL,
    "textSha256" TEXT NOT NULL,
    "retrievedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Statement_speakerCountryId_fkey" FOREIGN KEY ("speakerCountryId") REFERENCES "Country" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Statement" ("byline", "createdAt", "eventLocation", "eventName", "eventOn", "id", "kind", "language", "publishedOn", "publisher", "retrievedAt", "speakerCountryId", "speakerName", "speakerOrganisation", "speakerTitle", "text", "textSha256", "title", "updatedAt", "url") SELECT "byline", "createdAt", "eventLocation", "eventName", "eventOn", "id", "kind", "language", "publishedOn", "publisher", "retrievedAt", "speakerCountryId", "speakerName", "speakerOrganisation", "speakerTitle", "text", "textSha256", "title", "updatedAt", "url" FROM "Statement";
DROP TABLE "Statement";
ALTER TABLE "new_Statement" RENAME TO "Statement";
CREATE UNIQUE INDEX "Statement_textSha256_key" ON "Statement"("textSha256");
CREATE INDEX "Statement_publishedOn_idx" ON "Statement"("publishedOn");
CREATE INDEX "Statement_speakerCountryId_idx" ON "Statement"("speakerCountryId");
CREATE TABLE "new_StatusEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "commitmentId" TEXT NOT NULL,
    "fromStatus" TEXT,
    "toStatus" TEXT NOT NULL,
    "occurredOn" TEXT NOT NULL,
    "note" TEXT,
    "evidenceUrl" TEXT,
    "evidenceStatementId" TEXT,
    "recordedById" TEXT,
    "recordedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "StatusEvent_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "StatusEvent_evidenceStatementId_fkey" FOREIGN KEY ("evidenceStatementId") REFERENCES "Statement" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "StatusEvent_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_StatusEvent" ("commitmentId", "evidenceStatementId", "evidenceUrl", "fromStatus", "id", "note", "occurredOn", "recordedAt", "recordedById", "toStatus") SELECT "commitmentId", "evidenceStatementId", "evidenceUrl", "fromStatus", "id", "note", "occurredOn", "recordedAt", "recordedById", "toStatus" FROM "StatusEvent";
DROP TABLE "StatusEvent";
ALTER TABLE "new_StatusEvent" RENAME TO "StatusEvent";
CREATE INDEX "StatusEvent_commitmentId_occurredOn_idx" ON "StatusEvent"("commitmentId", "occurredOn");
CREATE INDEX "StatusEvent_occurredOn_idx" ON "StatusEvent"("occurredOn");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "AuditEntry_entityType_entityId_at_idx" ON "AuditEntry"("entityType", "entityId", "at");

-- CreateIndex
CREATE INDEX "AuditEntry_actorId_idx" ON "AuditEntry"("actorId");

-- CreateIndex
CREATE UNIQUE INDEX "user_email_key" ON "user"("email");

-- CreateIndex
CREATE UNIQUE INDEX "session_token_key" ON "session"("token");

-- CreateIndex
CREATE INDEX "session_userId_idx" ON "session"("userId");

-- CreateIndex
CREATE INDEX "account_userId_idx" ON "account"("userId");

-- CreateIndex
CREATE INDEX "verification_identifier_idx" ON "verification"("identifier");

-- CreateIndex
CREATE UNIQUE INDEX "rateLimit_key_key" ON "rateLimit"("key");
