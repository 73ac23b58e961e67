-- On-site verification (核查) asked by the issuer for an assignment's pending completion
-- request before 销号: while asked and not recorded, the completion is not approved.
CREATE TABLE completion_verification (
    assignment_id  CHAR(36)      NOT NULL,
    lifecycle_step BIGINT        NOT NULL,
    asked_by       VARCHAR(128)  NOT NULL,
    asked_at       DATETIME(6)   NOT NULL,
    confirmed      BOOLEAN       NULL,
    notes          TEXT          NULL,
    verified_by    VARCHAR(128)  NULL,
    verified_at    DATETIME(6)   NULL,
    PRIMARY KEY (assignment_id, lifecycle_step)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
