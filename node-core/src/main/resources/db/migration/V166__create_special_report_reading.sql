-- A leader's read receipt (阅件回执) of a special report: one per leader, the first read.
CREATE TABLE special_report_reading (
    report_id    CHAR(36)      NOT NULL,
    reader       VARCHAR(255)  NOT NULL,
    reader_name  VARCHAR(255)  NOT NULL,
    read_at      DATETIME(6)   NOT NULL,
    PRIMARY KEY (report_id, reader),
    CONSTRAINT special_report_reading_report FOREIGN KEY (report_id) REFERENCES special_report (id)
);
