-- Proposals of the accountability ladder (docs/business-rules.md §17), made by the node's job
-- (proposal_key makes it idempotent: never the same proposal twice) or by a supervisor, and
-- decided at this node: confirmed or declined by a supervisor, approved by a leader. They never
-- leave the node; the step an approval issues does.
CREATE TABLE ladder_proposal (
    id                      CHAR(36)      NOT NULL,
    proposal_key            VARCHAR(120)  NOT NULL,
    kind                    VARCHAR(16)   NOT NULL,
    status                  VARCHAR(16)   NOT NULL,
    unit_code               VARCHAR(64)   NOT NULL,
    unit_name               VARCHAR(200)  NOT NULL,
    person_role             VARCHAR(16)   NULL,
    person_id               CHAR(36)      NULL,
    person_name             VARCHAR(100)  NULL,
    person_fixed            BOOLEAN       NOT NULL,
    reason                  TEXT          NOT NULL,
    rectification_deadline  DATE          NULL,
    proposed_by             VARCHAR(128)  NOT NULL,
    proposed_at             DATETIME(6)   NOT NULL,
    confirmed_by            VARCHAR(128)  NULL,
    confirmed_at            DATETIME(6)   NULL,
    confirm_reason          TEXT          NULL,
    declined_by             VARCHAR(128)  NULL,
    declined_at             DATETIME(6)   NULL,
    decline_reason          TEXT          NULL,
    approved_by             VARCHAR(128)  NULL,
    approved_at             DATETIME(6)   NULL,
    step_id                 CHAR(36)      NULL,
    version                 BIGINT        NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY ladder_proposal_key (proposal_key),
    KEY ladder_proposal_status (status, proposed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
