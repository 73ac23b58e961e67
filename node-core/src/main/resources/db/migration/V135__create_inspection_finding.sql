-- Findings of an inspection (督查发现的问题): facts of the planning node, which never leave it.
CREATE TABLE inspection_finding (
    id           CHAR(36)      NOT NULL,
    plan_id      CHAR(36)      NOT NULL,
    content      TEXT          NOT NULL,
    recorded_by  VARCHAR(128)  NOT NULL,
    recorded_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY inspection_finding_plan (plan_id, recorded_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
