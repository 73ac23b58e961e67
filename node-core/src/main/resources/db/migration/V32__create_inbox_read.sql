-- Which user read which inbox item, and when.
CREATE TABLE inbox_read (
    item_id   CHAR(36)      NOT NULL,
    subject   VARCHAR(128)  NOT NULL,
    read_at   DATETIME(6)   NOT NULL,
    PRIMARY KEY (item_id, subject)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
