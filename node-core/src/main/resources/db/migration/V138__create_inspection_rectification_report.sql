-- A unit's reports of its rectification against a requirement: facts of the unit's node, kept
-- at the nodes up to the requirement's issuer.
CREATE TABLE inspection_rectification_report (
    id                CHAR(36)      NOT NULL,
    rectification_id  CHAR(36)      NOT NULL,
    unit_code         VARCHAR(64)   NOT NULL,
    unit_node         VARCHAR(16)   NOT NULL,
    content           TEXT          NOT NULL,
    reported_by       VARCHAR(128)  NOT NULL,
    reported_at       DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY inspection_rectification_report_of (rectification_id, reported_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
