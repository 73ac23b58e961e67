-- The issuer's return visits (回访) after a confirmed verification.
CREATE TABLE inspection_return_visit (
    id                CHAR(36)      NOT NULL,
    rectification_id  CHAR(36)      NOT NULL,
    report_id         CHAR(36)      NOT NULL,
    visited_on        DATE          NOT NULL,
    facts_clear       BOOLEAN       NOT NULL,
    complete          BOOLEAN       NOT NULL,
    grassroots_said   TEXT          NOT NULL,
    public_said       TEXT          NOT NULL,
    visited_by        VARCHAR(128)  NOT NULL,
    visited_at        DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY inspection_return_visit_of (rectification_id, visited_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
