-- A supervisor's request to suspend (中止) or withdraw (撤销) an issued task, and a leader's
-- decision on it; never deleted. pending_task_id holds the task's id while the request awaits a
-- decision and is cleared by it: its unique key lets one request at a time await approval.
CREATE TABLE task_control_request (
    id              CHAR(36)      NOT NULL,
    task_id         CHAR(36)      NOT NULL,
    pending_task_id CHAR(36)      NULL,
    kind            VARCHAR(16)   NOT NULL,
    reason          VARCHAR(1000) NOT NULL,
    requested_by    VARCHAR(128)  NOT NULL,
    requested_at    DATETIME(6)   NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    decided_by      VARCHAR(128)  NULL,
    decided_at      DATETIME(6)   NULL,
    decision_reason VARCHAR(1000) NULL,
    version         BIGINT        NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY task_control_request_pending (pending_task_id),
    KEY task_control_request_task (task_id, requested_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
