-- A task's hand-over to one unit; the assignee's facts carry their own revision.
CREATE TABLE assignment (
    id                CHAR(36)     NOT NULL,
    task_id           CHAR(36)     NOT NULL,
    unit_code         VARCHAR(64)  NOT NULL,
    unit_node         VARCHAR(16)  NOT NULL,
    role              VARCHAR(8)   NOT NULL,
    status            VARCHAR(24)  NOT NULL,
    signed_at         DATETIME(6)  NULL,
    signed_by         VARCHAR(128) NULL,
    percent_complete  INT          NOT NULL DEFAULT 0,
    last_reported_at  DATETIME(6)  NULL,
    assignee_revision BIGINT       NOT NULL DEFAULT 0,
    version           BIGINT       NOT NULL,
    PRIMARY KEY (id),
    KEY assignment_task (task_id),
    KEY assignment_unit (unit_code, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
