-- Where this node stands in each log of its peers; locked FOR UPDATE by the batch that advances it.
CREATE TABLE fed_inbound_cursor (
    peer_code          VARCHAR(16)   NOT NULL,
    channel            VARCHAR(16)   NOT NULL,
    epoch              CHAR(36)      NULL,
    applied_seq        BIGINT        NOT NULL DEFAULT 0,
    state              VARCHAR(24)   NOT NULL,
    failures           INT           NOT NULL DEFAULT 0,
    last_error         VARCHAR(2000) NULL,
    resync_reason      VARCHAR(32)   NULL,
    snapshot_id        CHAR(36)      NULL,
    snapshot_epoch     CHAR(36)      NULL,
    snapshot_watermark BIGINT        NULL,
    snapshot_last_key  VARCHAR(255)  NULL,
    updated_at         DATETIME(6)   NOT NULL,
    PRIMARY KEY (peer_code, channel)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
