-- Append-only record of security decisions and link events (refused frames, identities, re-syncs, pauses).
CREATE TABLE audit_event (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    occurred_at  DATETIME(6)  NOT NULL,
    category     VARCHAR(32)  NOT NULL,
    action       VARCHAR(64)  NOT NULL,
    actor        VARCHAR(128) NULL,
    peer_code    VARCHAR(16)  NULL,
    detail       TEXT         NULL,
    PRIMARY KEY (id),
    KEY audit_event_time (occurred_at),
    KEY audit_event_peer (peer_code, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
