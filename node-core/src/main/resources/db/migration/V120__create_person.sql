-- People recorded for a unit (docs/business-rules.md §17): records of the unit, not accounts.
-- Written at the unit's own node, kept at every node above it.
CREATE TABLE person (
    id         CHAR(36)      NOT NULL,
    unit_code  VARCHAR(64)   NOT NULL,
    name       VARCHAR(100)  NOT NULL,
    title      VARCHAR(100)  NULL,
    phone      VARCHAR(40)   NULL,
    PRIMARY KEY (id),
    KEY person_unit (unit_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
