-- Tasks issued here, and copies of tasks from above that concern this node's subtree.
CREATE TABLE task (
    id            CHAR(36)      NOT NULL,
    number        VARCHAR(64)   NOT NULL,
    title         VARCHAR(500)  NOT NULL,
    content       TEXT          NULL,
    source        VARCHAR(32)   NOT NULL,
    type          VARCHAR(32)   NOT NULL,
    basis         VARCHAR(1000) NULL,
    issuing_node  VARCHAR(16)   NOT NULL,
    issuing_unit  VARCHAR(64)   NOT NULL,
    deadline      DATE          NOT NULL,
    status        VARCHAR(24)   NOT NULL,
    revision      BIGINT        NOT NULL,
    issued_at     DATETIME(6)   NULL,
    issued_by     VARCHAR(128)  NULL,
    created_at    DATETIME(6)   NOT NULL,
    version       BIGINT        NOT NULL,
    PRIMARY KEY (id),
    KEY task_issuer (issuing_node, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
