-- Special reports (专报) to a node's leaders: composed by a supervisor from records cited by
-- id (tasks, inspection findings, progress reports), submitted, read and instructed. They stay
-- at their node.
CREATE TABLE special_report (
    id               CHAR(36)      NOT NULL,
    node_code        VARCHAR(16)   NOT NULL,
    title            VARCHAR(300)  NOT NULL,
    text             TEXT          NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    drafted_by       VARCHAR(255)  NOT NULL,
    drafted_by_name  VARCHAR(255)  NOT NULL,
    drafted_at       DATETIME(6)   NOT NULL,
    submitted_at     DATETIME(6)   NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY special_report_status (status, drafted_at)
);

CREATE TABLE special_report_item (
    report_id  CHAR(36)     NOT NULL,
    position   INT          NOT NULL,
    kind       VARCHAR(16)  NOT NULL,
    target_id  VARCHAR(64)  NOT NULL,
    PRIMARY KEY (report_id, position),
    CONSTRAINT special_report_item_report FOREIGN KEY (report_id) REFERENCES special_report (id)
);
