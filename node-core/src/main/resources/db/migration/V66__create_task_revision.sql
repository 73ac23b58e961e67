-- The revisions of an issued task's content (revision 2 onwards): who, when, at which node, why, and what changed
-- (JSON: [{"field", "from", "to"}]). Append-only; a copy records the revisions it learns of.
CREATE TABLE task_revision (
    task_id     CHAR(36)      NOT NULL,
    revision    BIGINT        NOT NULL,
    revised_at  DATETIME(6)   NOT NULL,
    revised_by  VARCHAR(128)  NULL,
    node_code   VARCHAR(16)   NOT NULL,
    reason      VARCHAR(1000) NULL,
    changes     TEXT          NOT NULL,
    PRIMARY KEY (task_id, revision)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
