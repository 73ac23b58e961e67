-- The reminders sent as an objection's review nears its 30 days: one per objection and mark
-- (days before the deadline), so that no mark is reminded twice.
CREATE TABLE conclusion_review_reminder (
    conclusion_id  CHAR(36)     NOT NULL,
    days_before    INT          NOT NULL,
    due_on         DATE         NOT NULL,
    sent_at        DATETIME(6)  NOT NULL,
    PRIMARY KEY (conclusion_id, days_before)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
