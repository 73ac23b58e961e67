-- Nodes below this one, as configured (direct children) and as announced in the children's Hellos.
CREATE TABLE fed_directory_node (
    code         VARCHAR(16)  NOT NULL,
    name         VARCHAR(128) NULL,
    parent_code  VARCHAR(16)  NOT NULL,
    via_peer     VARCHAR(16)  NOT NULL,
    announced_at DATETIME(6)  NULL,
    PRIMARY KEY (code),
    KEY fed_directory_node_via (via_peer)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
