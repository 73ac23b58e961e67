-- A leader's instruction (批示) on a special report, and the task registered from it.
CREATE TABLE special_report_instruction (
    id             CHAR(36)      NOT NULL,
    report_id      CHAR(36)      NOT NULL,
    text           TEXT          NOT NULL,
    leader         VARCHAR(255)  NOT NULL,
    leader_name    VARCHAR(255)  NOT NULL,
    instructed_at  DATETIME(6)   NOT NULL,
    task_id        VARCHAR(64)   NULL,
    task_by        VARCHAR(255)  NULL,
    PRIMARY KEY (id),
    KEY special_report_instruction_report (report_id, instructed_at),
    CONSTRAINT special_report_instruction_report FOREIGN KEY (report_id) REFERENCES special_report (id)
);
