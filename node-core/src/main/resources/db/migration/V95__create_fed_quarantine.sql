-- Entries set aside instead of applied (docs/protocol.md §8.3): forbidden or malformed, recorded with
-- their reason. side IN: this node refused an entry its peer sent (payload kept as received); side OUT:
-- the peer refused an entry this node sent and said so in its Ack. seq is 0 for a snapshot record.
CREATE TABLE fed_quarantine (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    side              VARCHAR(3)    NOT NULL,
    peer_code         VARCHAR(16)   NOT NULL,
    channel           VARCHAR(16)   NOT NULL,
    seq               BIGINT        NOT NULL,
    event_id          VARCHAR(64)   NOT NULL,
    origin_node       VARCHAR(64)   NOT NULL,
    destination_node  VARCHAR(64)   NULL,
    event_type        VARCHAR(64)   NULL,
    cause             VARCHAR(16)   NOT NULL,
    reason            VARCHAR(2000) NOT NULL,
    payload           MEDIUMBLOB    NULL,
    quarantined_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_fed_quarantine_entry (side, peer_code, channel, seq, event_id),
    KEY ix_fed_quarantine_peer (peer_code, side, quarantined_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
