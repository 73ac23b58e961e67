-- The registry's version counter at the province: locked to number each change (docs/protocol.md §5.2).
CREATE TABLE division_registry (
    id       INT    NOT NULL,
    version  BIGINT NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO division_registry (id, version) VALUES (1, 0);
