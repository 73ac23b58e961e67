-- A lead unit's coordination attempts with its co-units on its LEAD assignment (协调): written at
-- the assignee's node, kept at every node on the way to the task's issuer.
CREATE TABLE coordination (
    id              CHAR(36)      NOT NULL,
    assignment_id   CHAR(36)      NOT NULL,
    task_id         CHAR(36)      NOT NULL,
    unit_code       VARCHAR(64)   NOT NULL,
    coordinated_on  DATE          NOT NULL,
    with_units      VARCHAR(2000) NOT NULL,
    matter          TEXT          NOT NULL,
    outcome         VARCHAR(16)   NOT NULL,
    notes           TEXT          NULL,
    recorded_by     VARCHAR(128)  NOT NULL,
    recorded_at     DATETIME(6)   NOT NULL,
    version         BIGINT        NOT NULL,
    PRIMARY KEY (id),
    KEY coordination_assignment (assignment_id, recorded_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
