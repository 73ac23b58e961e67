-- One row per parent-child edge this node takes part in; link state lives here, never only in memory.
CREATE TABLE fed_link (
    peer_code     VARCHAR(16)   NOT NULL,
    peer_role     VARCHAR(8)    NOT NULL,
    peer_name     VARCHAR(128)  NULL,
    paused        BOOLEAN       NOT NULL DEFAULT FALSE,
    state         VARCHAR(24)   NOT NULL,
    state_since   DATETIME(6)   NOT NULL,
    last_error    VARCHAR(2000) NULL,
    last_error_at DATETIME(6)   NULL,
    reconnects    BIGINT        NOT NULL DEFAULT 0,
    last_hello_at DATETIME(6)   NULL,
    PRIMARY KEY (peer_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
