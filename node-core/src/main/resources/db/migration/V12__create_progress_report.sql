-- Progress reports (情况反馈) with the seed's content fields; written once by the assignee's node.
CREATE TABLE progress_report (
    id               CHAR(36)     NOT NULL,
    assignment_id    CHAR(36)     NOT NULL,
    task_id          CHAR(36)     NOT NULL,
    unit_code        VARCHAR(64)  NOT NULL,
    reported_by      VARCHAR(128) NOT NULL,
    reported_at      DATETIME(6)  NOT NULL,
    percent_complete INT          NOT NULL,
    progress         TEXT         NULL,
    dissemination    TEXT         NULL,
    measures         TEXT         NULL,
    effects          TEXT         NULL,
    practices        TEXT         NULL,
    difficulties     TEXT         NULL,
    suggestions      TEXT         NULL,
    version          BIGINT       NOT NULL,
    PRIMARY KEY (id),
    KEY progress_report_assignment (assignment_id, reported_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
