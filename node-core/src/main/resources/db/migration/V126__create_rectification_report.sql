-- A unit's rectification reports against a supervision notice: facts of the unit's node, kept
-- at every node above it.
CREATE TABLE rectification_report (
    id           CHAR(36)      NOT NULL,
    step_id      CHAR(36)      NOT NULL,
    unit_code    VARCHAR(64)   NOT NULL,
    unit_node    VARCHAR(16)   NOT NULL,
    content      TEXT          NOT NULL,
    reported_by  VARCHAR(128)  NOT NULL,
    reported_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY rectification_report_step (step_id, reported_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
