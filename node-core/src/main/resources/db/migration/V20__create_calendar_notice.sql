-- The holiday notices this node's calendar holds, one per notice year, each with the version that last set it.
CREATE TABLE calendar_notice (
    notice_year  INT           NOT NULL,
    version      BIGINT        NOT NULL,
    reason       VARCHAR(1000) NULL,
    changed_by   VARCHAR(128)  NULL,
    changed_at   DATETIME(6)   NOT NULL,
    origin_node  VARCHAR(16)   NOT NULL,
    PRIMARY KEY (notice_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
