-- Co-units' contributions to the lead unit's report (协办材料, docs/business-rules.md §6.8): written
-- at the co-unit's node, kept by the task's issuer and every node on the way, and passed on by
-- the issuer to the lead unit's node (lead_assignment_id is the issuer's choice; null until
-- the issuer named it, and at the co-unit's node).
CREATE TABLE contribution (
    id                  CHAR(36)      NOT NULL,
    assignment_id       CHAR(36)      NOT NULL,
    task_id             CHAR(36)      NOT NULL,
    unit_code           VARCHAR(64)   NOT NULL,
    lead_assignment_id  CHAR(36)      NULL,
    slot_ordinal        INT           NULL,
    slot_label          VARCHAR(200)  NULL,
    contributed_by      VARCHAR(128)  NOT NULL,
    contributed_at      DATETIME(6)   NOT NULL,
    progress            TEXT          NOT NULL,
    dissemination       TEXT          NULL,
    measures            TEXT          NULL,
    effects             TEXT          NULL,
    practices           TEXT          NULL,
    difficulties        TEXT          NULL,
    suggestions         TEXT          NULL,
    forwarded_by        VARCHAR(128)  NULL,
    forwarded_at        DATETIME(6)   NULL,
    version             BIGINT        NOT NULL,
    PRIMARY KEY (id),
    KEY contribution_assignment (assignment_id, contributed_at),
    KEY contribution_lead (lead_assignment_id, contributed_at),
    KEY contribution_task (task_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
