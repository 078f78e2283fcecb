-- CreateTable
CREATE TABLE "DataRevision" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "revision" INTEGER NOT NULL DEFAULT 0
);

-- The revision starts at 0 and rises with every row written to the data public reads show.
INSERT INTO "DataRevision" ("id", "revision") VALUES (1, 0);

CREATE TRIGGER "Commitment_insert_revision" AFTER INSERT ON "Commitment"
BEGIN
    UPDATE "DataRevision" SET "revision" = "revision" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Commitment_update_revision" AFTER UPDATE ON "Commitment"
BEGIN
    UPDATE "DataRevision" SET "revision" = "revision" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Commitment_delete_revision" AFTER DELETE ON "Commitment"
BEGIN
    UPDATE "DataRevision" SET "revision" = "revision" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "CommitmentCounterpart_insert_revision" AFTER INSERT ON "CommitmentCounterpart"
BEGIN
    UPDATE "DataRevision" SET "revision" = "revision" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "CommitmentCounterpart_update_revision" AFTER UPDATE ON "CommitmentCounterpart"
BEGIN
    UPDATE "DataRevision" SET "revision" = "revision" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "CommitmentCounterpart_delete_revision" AFTER DELETE ON "CommitmentCounterpart"
BEGIN
    UPDATE "DataRevision" SET "revision" = "revision" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "CommitmentTheme_insert_revision" AFTER INSERT ON "CommitmentTheme"
BEGIN
    UPDATE "DataRevision" SET "revision" = "revision" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "CommitmentTheme_update_revision" AFTER UPDATE ON "CommitmentTheme"
BEGIN
    UPDATE "DataRevision" SET "revision" = "revision" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "CommitmentTheme_delete_revision" AFTER DELETE ON "CommitmentTheme"
BEGIN
    UPDATE "DataRevision" SET "revision" = "revision" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Quote_insert_revision" AFTER INSERT ON "Quote"
BEGIN
    UPDATE "DataRevision" SET "revision" = "revision" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Quote_update_revision" AFTER UPDATE ON "Quote"
BEGIN
    UPDATE "DataRevision" SET "revision" = "revision" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Quote_delete_revision" AFTER DELETE ON "Quote"
BEGIN
    UPDATE "DataRevision" SET "revision" = "revision" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "StatusEvent_insert_revision" AFTER INSERT ON "StatusEvent"
BEGIN
    UPDATE "DataRevision" SET "revision" = "revision" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "StatusEvent_update_revision" AFTER UPDATE ON "StatusEvent"
BEGIN
    UPDATE "DataRevision" SET "revision" = "revision" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "StatusEvent_delete_revision" AFTER DELETE ON "StatusEvent"
BEGIN
    UPDATE "DataRevision" SET "revision" = "revision" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Statement_insert_revision" AFTER INSERT ON "Statement"
BEGIN
    UPDATE "DataRevision" SET "revision" = "revision" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Statement_update_revision" AFTER UPDATE ON "Statement"
BEGIN
    UPDATE "DataRevision" SET "revision" = "revision" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Statement_delete_revision" AFTER DELETE ON "Statement"
BEGIN
    UPDATE "DataRevision" SET "revision" = "revision" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Country_insert_revision" AFTER INSERT ON "Country"
BEGIN
    UPDATE "DataRevision" SET "revision" = "revision" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Country_update_revision" AFTER UPDATE ON "Country"
BEGIN
    UPDATE "DataRevision" SET "revision" = "revision" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Country_delete_revision" AFTER DELETE ON "Country"
BEGIN
    UPDATE "DataRevision" SET "revision" = "revision" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Theme_insert_revision" AFTER INSERT ON "Theme"
BEGIN
    UPDATE "DataRevision" SET "revision" = "revision" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Theme_update_revision" AFTER UPDATE ON "Theme"
BEGIN
    UPDATE "DataRevision" SET "revision" = "revision" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Theme_delete_revision" AFTER DELETE ON "Theme"
BEGIN
    UPDATE "DataRevision" SET "revision" = "revision" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "AuditEntry_insert_revision" AFTER INSERT ON "AuditEntry"
BEGIN
    UPDATE "DataRevision" SET "revision" = "revision" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "AuditEntry_update_revision" AFTER UPDATE ON "AuditEntry"
BEGIN
    UPDATE "DataRevision" SET "revision" = "revision" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "AuditEntry_delete_revision" AFTER DELETE ON "AuditEntry"
BEGIN
    UPDATE "DataRevision" SET "revision" = "revision" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "user_insert_revision" AFTER INSERT ON "user"
BEGIN
    UPDATE "DataRevision" SET "revision" = "revision" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "user_update_revision" AFTER UPDATE ON "user"
BEGIN
    UPDATE "DataRevision" SET "revision" = "revision" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "user_delete_revision" AFTER DELETE ON "user"
BEGIN
    UPDATE "DataRevision" SET "revision" = "revision" + 1 WHERE "id" = 1;
END;
