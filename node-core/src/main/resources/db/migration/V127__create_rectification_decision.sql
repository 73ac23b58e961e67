-- The notice's issuer accepted a rectification report or sent it back with a reason; part of
-- the step's state, restated with a new revision.
CREATE TABLE rectification_decision (
    step_id     CHAR(36)      NOT NULL,
    report_id   CHAR(36)      NOT NULL,
    accepted    BOOLEAN       NOT NULL,
    reason      TEXT          NULL,
    decided_by  VARCHAR(128)  NOT NULL,
    decided_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (step_id, report_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
