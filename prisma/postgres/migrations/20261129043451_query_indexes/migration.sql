-- DropIndex
DROP INDEX "Commitment_deletedAt_idx";

-- CreateIndex
CREATE INDEX "Commitment_updatedAt_id_idx" ON "Commitment"("updatedAt", "id");
