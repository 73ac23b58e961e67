-- Ladder steps (督查通知书, 约谈, 通报批评, 移送, 表扬激励): facts of the issuing node, kept at the
-- unit's node and at every node above it; revision moves when the issuer decides on a
-- rectification or records the executive meeting's explanation.
CREATE TABLE ladder_step (
    id                      CHAR(36)      NOT NULL,
    kind                    VARCHAR(16)   NOT NULL,
    issuing_node            VARCHAR(16)   NOT NULL,
    revision                BIGINT        NOT NULL,
    unit_code               VARCHAR(64)   NOT NULL,
    unit_node               VARCHAR(16)   NOT NULL,
    unit_name               VARCHAR(200)  NOT NULL,
    person_id               CHAR(36)      NULL,
    person_name             VARCHAR(100)  NULL,
    person_title            VARCHAR(100)  NULL,
    person_role             VARCHAR(16)   NULL,
    issued_on               DATE          NOT NULL,
    reason                  TEXT          NOT NULL,
    rectification_deadline  DATE          NULL,
    proposed_by             VARCHAR(128)  NOT NULL,
    confirmed_by            VARCHAR(128)  NOT NULL,
    approved_by             VARCHAR(128)  NOT NULL,
    issued_at               DATETIME(6)   NOT NULL,
    meeting_date            DATE          NULL,
    meeting_principal       VARCHAR(100)  NULL,
    meeting_explanation     TEXT          NULL,
    meeting_commitment      TEXT          NULL,
    meeting_recorded_by     VARCHAR(128)  NULL,
    meeting_recorded_at     DATETIME(6)   NULL,
    PRIMARY KEY (id),
    KEY ladder_step_unit (unit_code, issued_on),
    KEY ladder_step_person (person_id, kind, issued_on),
    KEY ladder_step_issuer (issuing_node, kind, issued_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
