-- End-to-end deduplication: every delivery applied here, by origin node and event id.
CREATE TABLE fed_applied_event (
    origin_node  VARCHAR(16) NOT NULL,
    event_id     CHAR(36)    NOT NULL,
    peer_code    VARCHAR(16) NOT NULL,
    channel      VARCHAR(16) NOT NULL,
    seq          BIGINT      NOT NULL,
    applied_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (origin_node, event_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
