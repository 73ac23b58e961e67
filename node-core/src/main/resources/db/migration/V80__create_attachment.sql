-- Attachments known at this node, one row per content (SHA-256). stored_at is set once the
-- verified bytes are in the data folder; a reference from a child may arrive before them.
CREATE TABLE attachment (
    sha256       CHAR(64)     NOT NULL,
    size         BIGINT       NOT NULL,
    content_type VARCHAR(255) NOT NULL,
    name         VARCHAR(255) NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    stored_at    DATETIME(6)  NULL,
    PRIMARY KEY (sha256)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
