-- CreateEnum
CREATE TYPE "CommitmentKind" AS ENUM ('commitment', 'initiative');

-- CreateEnum
CREATE TYPE "Direction" AS ENUM ('unilateral', 'mutual');

-- CreateEnum
CREATE TYPE "Stage" AS ENUM ('aspiration', 'pledge', 'agreement', 'programme');

-- CreateEnum
CREATE TYPE "Status" AS ENUM ('not_assessed', 'in_progress', 'stalled', 'partially_fulfilled', 'fulfilled', 'broken');

-- CreateEnum
CREATE TYPE "StatementKind" AS ENUM ('speech', 'joint_statement', 'mou', 'communique', 'press_release', 'news_report');

-- CreateTable
CREATE TABLE "Commitment" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "kind" "CommitmentKind" NOT NULL DEFAULT 'commitment',
    "parentId" TEXT,
    "committingCountryId" TEXT NOT NULL,
    "counterpartOther" TEXT,
    "direction" "Direction" NOT NULL,
    "stage" "Stage" NOT NULL,
    "status" "Status" NOT NULL DEFAULT 'not_assessed',
    "progress" INTEGER,
    "announcedOn" TEXT,
    "targetOn" TEXT,
    "startedOn" TEXT,
    "completedOn" TEXT,
    "externalId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Commitment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommitmentCounterpart" (
    "commitmentId" TEXT NOT NULL,
    "countryId" TEXT NOT NULL,

    CONSTRAINT "CommitmentCounterpart_pkey" PRIMARY KEY ("commitmentId","countryId")
);

-- CreateTable
CREATE TABLE "CommitmentTheme" (
    "commitmentId" TEXT NOT NULL,
    "themeSlug" TEXT NOT NULL,

    CONSTRAINT "CommitmentTheme_pkey" PRIMARY KEY ("commitmentId","themeSlug")
);

-- CreateTable
CREATE TABLE "StatusEvent" (
    "id" TEXT NOT NULL,
    "commitmentId" TEXT NOT NULL,
    "fromStatus" "Status",
    "toStatus" "Status" NOT NULL,
    "occurredOn" TEXT NOT NULL,
    "note" TEXT,
    "evidenceUrl" TEXT,
    "evidenceStatementId" TEXT,
    "recordedById" TEXT,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StatusEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Country" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Country_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Theme" (
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "definition" TEXT NOT NULL,

    CONSTRAINT "Theme_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "Statement" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "StatementKind" NOT NULL,
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
    "retrievedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Statement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Quote" (
    "id" TEXT NOT NULL,
    "statementId" TEXT NOT NULL,
    "commitmentId" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "Quote_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Commitment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_committingCountryId_fkey" FOREIGN KEY ("committingCountryId") REFERENCES "Country"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitmentCounterpart" ADD CONSTRAINT "CommitmentCounterpart_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitmentCounterpart" ADD CONSTRAINT "CommitmentCounterpart_countryId_fkey" FOREIGN KEY ("countryId") REFERENCES "Country"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitmentTheme" ADD CONSTRAINT "CommitmentTheme_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitmentTheme" ADD CONSTRAINT "CommitmentTheme_themeSlug_fkey" FOREIGN KEY ("themeSlug") REFERENCES "Theme"("slug") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatusEvent" ADD CONSTRAINT "StatusEvent_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatusEvent" ADD CONSTRAINT "StatusEvent_evidenceStatementId_fkey" FOREIGN KEY ("evidenceStatementId") REFERENCES "Statement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_speakerCountryId_fkey" FOREIGN KEY ("speakerCountryId") REFERENCES "Country"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Quote" ADD CONSTRAINT "Quote_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Quote" ADD CONSTRAINT "Quote_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
