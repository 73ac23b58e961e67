-- The issuer's on-site verifications (核查) of a unit's rectification reports, one per report.
CREATE TABLE inspection_verification (
    rectification_id  CHAR(36)      NOT NULL,
    report_id         CHAR(36)      NOT NULL,
    confirmed         BOOLEAN       NOT NULL,
    notes             TEXT          NOT NULL,
    verified_by       VARCHAR(128)  NOT NULL,
    verified_at       DATETIME(6)   NOT NULL,
    PRIMARY KEY (rectification_id, report_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
