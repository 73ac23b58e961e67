-- Every attempt to send a notification, with its outcome.
CREATE TABLE notification_attempt (
    notification_id  CHAR(36)      NOT NULL,
    attempt          INT           NOT NULL,
    attempted_at     DATETIME(6)   NOT NULL,
    succeeded        BOOLEAN       NOT NULL,
    error            VARCHAR(1000) NULL,
    PRIMARY KEY (notification_id, attempt)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
