-- The assignment's lifecycle beyond signing and reporting (DOMAIN §4): return, completion,
-- the deadline in force after extensions; and the extension requests themselves.
ALTER TABLE assignment
    ADD COLUMN lifecycle_step          BIGINT       NOT NULL DEFAULT 0,
    ADD COLUMN status_before           VARCHAR(24)  NULL,
    ADD COLUMN due_date                DATE         NULL,
    ADD COLUMN returned_at             DATETIME(6)  NULL,
    ADD COLUMN returned_by             VARCHAR(128) NULL,
    ADD COLUMN return_reason           VARCHAR(2000) NULL,
    ADD COLUMN replaced_by             CHAR(36)     NULL,
    ADD COLUMN completion_requested_at DATETIME(6)  NULL,
    ADD COLUMN completion_requested_by VARCHAR(128) NULL,
    ADD COLUMN completion_evidence     TEXT         NULL,
    ADD COLUMN decided_at              DATETIME(6)  NULL,
    ADD COLUMN decided_by              VARCHAR(128) NULL,
    ADD COLUMN decision_reason         VARCHAR(2000) NULL;

CREATE TABLE extension_request (
    id              CHAR(36)      NOT NULL,
    assignment_id   CHAR(36)      NOT NULL,
    task_id         CHAR(36)      NOT NULL,
    unit_code       VARCHAR(64)   NOT NULL,
    requested_by    VARCHAR(128)  NOT NULL,
    requested_at    DATETIME(6)   NOT NULL,
    deadline_before DATE          NOT NULL,
    requested_date  DATE          NOT NULL,
    reason          VARCHAR(2000) NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    approved_date   DATE          NULL,
    decided_by      VARCHAR(128)  NULL,
    decided_at      DATETIME(6)   NULL,
    decision_reason VARCHAR(2000) NULL,
    version         BIGINT        NOT NULL,
    PRIMARY KEY (id),
    KEY extension_request_assignment (assignment_id, requested_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
