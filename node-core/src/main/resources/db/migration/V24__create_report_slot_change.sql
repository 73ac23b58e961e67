-- Every move of an open due date, with why (a calendar change).
CREATE TABLE report_slot_change (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    assignment_id     CHAR(36)      NOT NULL,
    ordinal           INT           NOT NULL,
    old_due_date      DATE          NOT NULL,
    new_due_date      DATE          NOT NULL,
    reason            VARCHAR(1000) NOT NULL,
    changed_at        DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY report_slot_change_assignment (assignment_id, ordinal)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
