-- CreateTable
CREATE TABLE "DismissedPassage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "statementId" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "dismissedById" TEXT,
    "dismissedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DismissedPassage_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "DismissedPassage_dismissedById_fkey" FOREIGN KEY ("dismissedById") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "DismissedPassage_dismissedById_idx" ON "DismissedPassage"("dismissedById");

-- CreateIndex
CREATE UNIQUE INDEX "DismissedPassage_statementId_start_end_key" ON "DismissedPassage"("statementId", "start", "end");
