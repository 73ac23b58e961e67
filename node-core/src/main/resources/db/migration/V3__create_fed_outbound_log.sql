-- The counter row of each (link, channel) log: locked FOR UPDATE to hand out gapless sequence numbers.
CREATE TABLE fed_outbound_log (
    peer_code     VARCHAR(16)   NOT NULL,
    channel       VARCHAR(16)   NOT NULL,
    epoch         CHAR(36)      NOT NULL,
    last_seq      BIGINT        NOT NULL DEFAULT 0,
    acked_seq     BIGINT        NOT NULL DEFAULT 0,
    blocked       BOOLEAN       NOT NULL DEFAULT FALSE,
    last_error    VARCHAR(2000) NULL,
    created_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (peer_code, channel)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
