-- The in-app inbox: what a unit of this node received (reminders, alerts), for its handlers
-- or reserved for its head, with its signing (签收).
CREATE TABLE inbox_item (
    id             CHAR(36)      NOT NULL,
    source_type    VARCHAR(16)   NOT NULL,
    source_id      CHAR(36)      NOT NULL,
    audience       VARCHAR(16)   NOT NULL,
    unit_code      VARCHAR(64)   NOT NULL,
    kind           VARCHAR(32)   NOT NULL,
    from_node      VARCHAR(16)   NOT NULL,
    task_id        CHAR(36)      NULL,
    assignment_id  CHAR(36)      NULL,
    title          VARCHAR(500)  NOT NULL,
    body           TEXT          NULL,
    created_at     DATETIME(6)   NOT NULL,
    signed_by      VARCHAR(128)  NULL,
    signed_at      DATETIME(6)   NULL,
    PRIMARY KEY (id),
    UNIQUE KEY inbox_item_source (source_type, source_id, audience),
    KEY inbox_item_unit (unit_code, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
