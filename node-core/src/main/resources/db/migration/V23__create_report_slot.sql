-- Due slots of an assignment's reports, from its task's rule on the working-day calendar.
CREATE TABLE report_slot (
    assignment_id      CHAR(36)     NOT NULL,
    ordinal            INT          NOT NULL,
    label              VARCHAR(200) NOT NULL,
    opens              DATE         NOT NULL,
    due_date           DATE         NOT NULL,
    original_due_date  DATE         NOT NULL,
    basis              VARCHAR(255) NOT NULL,
    covered            BOOLEAN      NOT NULL,
    report_id          CHAR(36)     NULL,
    reported_on        DATE         NULL,
    on_time            BOOLEAN      NULL,
    PRIMARY KEY (assignment_id, ordinal),
    KEY report_slot_open (report_id, due_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
