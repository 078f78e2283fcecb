-- CreateTable
CREATE TABLE "DataRevision" (
    "id" INTEGER NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "DataRevision_pkey" PRIMARY KEY ("id")
);

-- The revision starts at 0 and rises with every statement that writes the data public reads show.
-- Statement-level triggers: a 10,000-row import raises it once per statement, not per row.
INSERT INTO "DataRevision" ("id", "revision") VALUES (1, 0);

CREATE FUNCTION "raise_data_revision"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE "DataRevision" SET "revision" = "revision" + 1 WHERE "id" = 1;
    RETURN NULL;
END;
$$;

CREATE TRIGGER "Commitment_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Commitment"
    FOR EACH STATEMENT EXECUTE FUNCTION "raise_data_revision"();

CREATE TRIGGER "CommitmentCounterpart_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "CommitmentCounterpart"
    FOR EACH STATEMENT EXECUTE FUNCTION "raise_data_revision"();

CREATE TRIGGER "CommitmentTheme_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "CommitmentTheme"
    FOR EACH STATEMENT EXECUTE FUNCTION "raise_data_revision"();

CREATE TRIGGER "Quote_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Quote"
    FOR EACH STATEMENT EXECUTE FUNCTION "raise_data_revision"();

CREATE TRIGGER "StatusEvent_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "StatusEvent"
    FOR EACH STATEMENT EXECUTE FUNCTION "raise_data_revision"();

CREATE TRIGGER "Statement_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Statement"
    FOR EACH STATEMENT EXECUTE FUNCTION "raise_data_revision"();

CREATE TRIGGER "Country_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Country"
    FOR EACH STATEMENT EXECUTE FUNCTION "raise_data_revision"();

CREATE TRIGGER "Theme_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Theme"
    FOR EACH STATEMENT EXECUTE FUNCTION "raise_data_revision"();

CREATE TRIGGER "AuditEntry_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "AuditEntry"
    FOR EACH STATEMENT EXECUTE FUNCTION "raise_data_revision"();

CREATE TRIGGER "user_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "user"
    FOR EACH STATEMENT EXECUTE FUNCTION "raise_data_revision"();
