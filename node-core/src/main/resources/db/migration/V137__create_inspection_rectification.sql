-- Rectification requirements (整改要求): facts of the issuing (planning) node, kept at the unit's
-- node and the nodes between; revision moves with each verification, return visit and closing.
CREATE TABLE inspection_rectification (
    id            CHAR(36)      NOT NULL,
    finding_id    CHAR(36)      NOT NULL,
    plan_id       CHAR(36)      NOT NULL,
    issuing_node  VARCHAR(16)   NOT NULL,
    revision      BIGINT        NOT NULL,
    unit_code     VARCHAR(64)   NOT NULL,
    unit_node     VARCHAR(16)   NOT NULL,
    unit_name     VARCHAR(200)  NOT NULL,
    finding       TEXT          NOT NULL,
    requirement   TEXT          NOT NULL,
    working_days  INT           NOT NULL,
    deadline      DATE          NOT NULL,
    issued_by     VARCHAR(128)  NOT NULL,
    issued_at     DATETIME(6)   NOT NULL,
    closed_by     VARCHAR(128)  NULL,
    closed_at     DATETIME(6)   NULL,
    PRIMARY KEY (id),
    KEY inspection_rectification_finding (finding_id),
    KEY inspection_rectification_plan (plan_id),
    KEY inspection_rectification_unit (unit_code, deadline),
    KEY inspection_rectification_node (unit_node, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
