-- The unit's node's revision of a unit's people in charge: a copy takes only a higher one.
CREATE TABLE unit_people (
    unit_code  VARCHAR(64)   NOT NULL,
    unit_node  VARCHAR(16)   NOT NULL,
    unit_name  VARCHAR(200)  NOT NULL,
    revision   BIGINT        NOT NULL,
    stated_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (unit_code),
    KEY unit_people_node (unit_node, unit_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
