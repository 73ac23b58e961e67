-- Notifications to send outside the application (e-mail), written in the business transaction
-- and sent by a job after it committed; held through quiet hours, retried with backoff.
CREATE TABLE notification (
    id               CHAR(36)      NOT NULL,
    channel          VARCHAR(16)   NOT NULL,
    recipients       VARCHAR(2000) NOT NULL,
    subject          VARCHAR(500)  NOT NULL,
    body             TEXT          NOT NULL,
    source           VARCHAR(80)   NULL,
    status           VARCHAR(16)   NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    next_attempt_at  DATETIME(6)   NOT NULL,
    attempts         INT           NOT NULL,
    last_error       VARCHAR(1000) NULL,
    sent_at          DATETIME(6)   NULL,
    PRIMARY KEY (id),
    KEY notification_due (status, next_attempt_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
