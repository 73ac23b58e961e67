-- Counter of human task numbers (督办编号), per year at the issuing node.
CREATE TABLE task_number (
    year      INT    NOT NULL,
    last_used BIGINT NOT NULL,
    PRIMARY KEY (year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
