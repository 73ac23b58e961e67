-- The issuer's returns of unsatisfactory progress reports (退回): a fact of the issuing node,
-- kept at every node down to the assignee's; answered_by is the resubmission, once made.
CREATE TABLE report_return (
    report_id      CHAR(36)      NOT NULL,
    assignment_id  CHAR(36)      NOT NULL,
    task_id        CHAR(36)      NOT NULL,
    returned_by    VARCHAR(128)  NOT NULL,
    returned_at    DATETIME(6)   NOT NULL,
    reason         VARCHAR(2000) NOT NULL,
    answered_by    CHAR(36)      NULL,
    PRIMARY KEY (report_id),
    KEY report_return_assignment (assignment_id, answered_by)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
