-- This node's own departments (units); lower governments are units by their node code.
CREATE TABLE unit (
    code       VARCHAR(64)  NOT NULL,
    name       VARCHAR(128) NOT NULL,
    node_code  VARCHAR(16)  NOT NULL,
    PRIMARY KEY (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
