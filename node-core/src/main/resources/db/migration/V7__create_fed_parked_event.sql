-- Deliveries addressed to this node whose event type this version does not know: kept, never dropped.
CREATE TABLE fed_parked_event (
    origin_node      VARCHAR(16) NOT NULL,
    event_id         CHAR(36)    NOT NULL,
    peer_code        VARCHAR(16) NOT NULL,
    channel          VARCHAR(16) NOT NULL,
    occurred_at      DATETIME(6) NOT NULL,
    payload          MEDIUMBLOB  NOT NULL,
    parked_at        DATETIME(6) NOT NULL,
    PRIMARY KEY (origin_node, event_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
