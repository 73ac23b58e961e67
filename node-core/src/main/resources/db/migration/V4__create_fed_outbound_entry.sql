-- Entries of each (link, channel) log, written in the business transaction; kept until acknowledged and retained.
CREATE TABLE fed_outbound_entry (
    peer_code        VARCHAR(16)  NOT NULL,
    channel          VARCHAR(16)  NOT NULL,
    seq              BIGINT       NOT NULL,
    event_id         CHAR(36)     NOT NULL,
    origin_node      VARCHAR(16)  NOT NULL,
    destination_node VARCHAR(16)  NOT NULL,
    occurred_at      DATETIME(6)  NOT NULL,
    event_type       VARCHAR(64)  NOT NULL,
    payload          MEDIUMBLOB   NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    PRIMARY KEY (peer_code, channel, seq),
    KEY fed_outbound_entry_age (peer_code, channel, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
