-- Prompts down and warnings up (双向提示预警), each signed for by its recipient.
CREATE TABLE alert (
    id               CHAR(36)      NOT NULL,
    direction        VARCHAR(8)    NOT NULL,
    kind             VARCHAR(32)   NOT NULL,
    from_node        VARCHAR(16)   NOT NULL,
    from_unit        VARCHAR(64)   NOT NULL,
    to_node          VARCHAR(16)   NOT NULL,
    to_unit          VARCHAR(64)   NULL,
    task_id          CHAR(36)      NULL,
    assignment_id    CHAR(36)      NULL,
    title            VARCHAR(500)  NOT NULL,
    message          TEXT          NULL,
    raised_by        VARCHAR(128)  NOT NULL,
    raised_at        DATETIME(6)   NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    acknowledged_by  VARCHAR(128)  NULL,
    acknowledged_at  DATETIME(6)   NULL,
    note             VARCHAR(1000) NULL,
    version          BIGINT        NOT NULL,
    PRIMARY KEY (id),
    KEY alert_to (to_node, status, raised_at),
    KEY alert_from (from_node, raised_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
