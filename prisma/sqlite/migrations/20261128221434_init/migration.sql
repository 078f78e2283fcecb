-- CreateTable
CREATE TABLE "Commitment" (
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
    "announcedOn" TEXT,
    "targetOn" TEXT,
    "startedOn" TEXT,
    "completedOn" TEXT,
    "externalId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "deletedAt" DATETIME,
    CONSTRAINT "Commitment_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Commitment" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Commitment_committingCountryId_fkey" FOREIGN KEY ("committingCountryId") REFERENCES "Country" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CommitmentCounterpart" (
    "commitmentId" TEXT NOT NULL,
    "countryId" TEXT NOT NULL,

    PRIMARY KEY ("commitmentId", "countryId"),
    CONSTRAINT "CommitmentCounterpart_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CommitmentCounterpart_countryId_fkey" FOREIGN KEY ("countryId") REFERENCES "Country" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CommitmentTheme" (
    "commitmentId" TEXT NOT NULL,
    "themeSlug" TEXT NOT NULL,

    PRIMARY KEY ("commitmentId", "themeSlug"),
    CONSTRAINT "CommitmentTheme_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CommitmentTheme_themeSlug_fkey" FOREIGN KEY ("themeSlug") REFERENCES "Theme" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StatusEvent" (
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
    CONSTRAINT "StatusEvent_evidenceStatementId_fkey" FOREIGN KEY ("evidenceStatementId") REFERENCES "Statement" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Country" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Theme" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "definition" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Statement" (
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Statement_speakerCountryId_fkey" FOREIGN KEY ("speakerCountryId") REFERENCES "Country" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Quote" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "statementId" TEXT NOT NULL,
    "commitmentId" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    CONSTRAINT "Quote_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Quote_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Commitment_externalId_key" ON "Commitment"("externalId");

-- CreateIndex
CREATE INDEX "Commitment_committingCountryId_status_idx" ON "Commitment"("committingCountryId", "status");

-- CreateIndex
CREATE INDEX "Commitment_status_targetOn_idx" ON "Commitment"("status", "targetOn");

-- CreateIndex
CREATE INDEX "Commitment_stage_idx" ON "Commitment"("stage");

-- CreateIndex
CREATE INDEX "Commitment_announcedOn_idx" ON "Commitment"("announcedOn");

-- CreateIndex
CREATE INDEX "Commitment_targetOn_idx" ON "Commitment"("targetOn");

-- CreateIndex
CREATE INDEX "Commitment_parentId_idx" ON "Commitment"("parentId");

-- CreateIndex
CREATE INDEX "Commitment_deletedAt_idx" ON "Commitment"("deletedAt");

-- CreateIndex
CREATE INDEX "CommitmentCounterpart_countryId_idx" ON "CommitmentCounterpart"("countryId");

-- CreateIndex
CREATE INDEX "CommitmentTheme_themeSlug_idx" ON "CommitmentTheme"("themeSlug");

-- CreateIndex
CREATE INDEX "StatusEvent_commitmentId_occurredOn_idx" ON "StatusEvent"("commitmentId", "occurredOn");

-- CreateIndex
CREATE INDEX "StatusEvent_occurredOn_idx" ON "StatusEvent"("occurredOn");

-- CreateIndex
CREATE UNIQUE INDEX "Statement_textSha256_key" ON "Statement"("textSha256");

-- CreateIndex
CREATE INDEX "Statement_publishedOn_idx" ON "Statement"("publishedOn");

-- CreateIndex
CREATE INDEX "Statement_speakerCountryId_idx" ON "Statement"("speakerCountryId");

-- CreateIndex
CREATE INDEX "Quote_statementId_start_idx" ON "Quote"("statementId", "start");

-- CreateIndex
CREATE UNIQUE INDEX "Quote_commitmentId_statementId_start_end_key" ON "Quote"("commitmentId", "statementId", "start", "end");
