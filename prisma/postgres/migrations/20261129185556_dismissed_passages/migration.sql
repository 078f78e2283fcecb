-- CreateTable
CREATE TABLE "DismissedPassage" (
    "id" TEXT NOT NULL,
    "statementId" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "dismissedById" TEXT,
    "dismissedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DismissedPassage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DismissedPassage_dismissedById_idx" ON "DismissedPassage"("dismissedById");

-- CreateIndex
CREATE UNIQUE INDEX "DismissedPassage_statementId_start_end_key" ON "DismissedPassage"("statementId", "start", "end");

-- AddForeignKey
ALTER TABLE "DismissedPassage" ADD CONSTRAINT "DismissedPassage_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DismissedPassage" ADD CONSTRAINT "DismissedPassage_dismissedById_fkey" FOREIGN KEY ("dismissedById") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
