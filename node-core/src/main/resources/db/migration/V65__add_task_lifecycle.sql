-- The task lifecycle at its issuer (DOMAIN §4): a draft has no human number yet and keeps the units it will be
-- handed to; the status carries its reason, the status a suspension returns to, and its own revision (the
-- content's revision is counted apart); the latest revision of the content says who made it and why.
ALTER TABLE task MODIFY number VARCHAR(64) NULL,
    ADD COLUMN planned_assignees TEXT          NULL,
    ADD COLUMN registered_by     VARCHAR(128)  NULL,
    ADD COLUMN status_reason     VARCHAR(1000) NULL,
    ADD COLUMN status_by         VARCHAR(128)  NULL,
    ADD COLUMN status_at         DATETIME(6)   NULL,
    ADD COLUMN status_before     VARCHAR(24)   NULL,
    ADD COLUMN status_revision   BIGINT        NOT NULL DEFAULT 0,
    ADD COLUMN revision_reason   VARCHAR(1000) NULL,
    ADD COLUMN revision_by       VARCHAR(128)  NULL,
    ADD COLUMN revision_at       DATETIME(6)   NULL,
    ADD KEY task_status (status, created_at);
