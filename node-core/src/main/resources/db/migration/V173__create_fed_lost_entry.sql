-- What a neighbour restored from a backup may have lost of what it sent here: the entries this node applied
-- from its log beyond what the restored log says was acknowledged (docs/protocol.md, "Restored nodes").
CREATE TABLE fed_lost_entry (
    peer_code    VARCHAR(16)  NOT NULL,
    channel      VARCHAR(16)  NOT NULL,
    origin_node  VARCHAR(16)  NOT NULL,
    event_id     CHAR(36)     NOT NULL,
    seq          BIGINT       NOT NULL,
    applied_at   DATETIME(6)  NOT NULL,
    detected_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (peer_code, channel, origin_node, event_id),
    KEY fed_lost_entry_detected (detected_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
