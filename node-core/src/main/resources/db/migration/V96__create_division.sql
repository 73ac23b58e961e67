-- The division registry's changes (docs/protocol.md §5.2): each record the province set after the
-- bundled version 0, replacing the bundled one of its code; kept by every node as it receives them.
CREATE TABLE division (
    code         VARCHAR(16)   NOT NULL,
    name         VARCHAR(64)   NOT NULL,
    parent_code  VARCHAR(16)   NULL,
    retired      BOOLEAN       NOT NULL DEFAULT FALSE,
    version      BIGINT        NOT NULL,
    reason       VARCHAR(1000) NOT NULL,
    changed_by   VARCHAR(255)  NOT NULL,
    changed_at   DATETIME(6)   NOT NULL,
    origin_node  VARCHAR(16)   NOT NULL,
    PRIMARY KEY (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
