-- Days a notice lists: holidays (off_day) and make-up working days (调休); every other day follows the ordinary week.
CREATE TABLE calendar_day (
    day          DATE         NOT NULL,
    name         VARCHAR(64)  NOT NULL,
    off_day      BOOLEAN      NOT NULL,
    notice_year  INT          NOT NULL,
    PRIMARY KEY (day),
    KEY calendar_day_notice (notice_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
