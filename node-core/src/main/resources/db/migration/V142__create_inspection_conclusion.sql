-- Inspection conclusions (督查结论) and what followed them: drafted, approved, issued and
-- reviewed at the planning node; signed for and objected to at the unit's node. Each node on
-- the way between keeps a copy.
CREATE TABLE inspection_conclusion (
    id                 CHAR(36)      NOT NULL,
    plan_id            CHAR(36)      NOT NULL,
    issuing_node       VARCHAR(16)   NOT NULL,
    unit_code          VARCHAR(64)   NOT NULL,
    unit_node          VARCHAR(16)   NOT NULL,
    unit_name          VARCHAR(255)  NOT NULL,
    text               TEXT          NOT NULL,
    drafted_by         VARCHAR(128)  NOT NULL,
    drafted_at         DATETIME(6)   NOT NULL,
    approved_by        VARCHAR(128)  NULL,
    issued_on          DATE          NULL,
    signed_on          DATE          NULL,
    signed_by          VARCHAR(128)  NULL,
    objection_on       DATE          NULL,
    objection_by       VARCHAR(128)  NULL,
    objection_reasons  TEXT          NULL,
    objection_at       DATETIME(6)   NULL,
    review_outcome     VARCHAR(16)   NULL,
    review_text        TEXT          NULL,
    reviewed_by        VARCHAR(128)  NULL,
    reviewed_on        DATE          NULL,
    review_late        BOOLEAN       NULL,
    reviewed_at        DATETIME(6)   NULL,
    PRIMARY KEY (id),
    KEY inspection_conclusion_plan (plan_id),
    KEY inspection_conclusion_unit (unit_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
