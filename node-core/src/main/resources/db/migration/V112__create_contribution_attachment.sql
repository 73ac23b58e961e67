-- The attachments a contribution references, in the order given.
CREATE TABLE contribution_attachment (
    contribution_id CHAR(36)     NOT NULL,
    position        INT          NOT NULL,
    sha256          CHAR(64)     NOT NULL,
    name            VARCHAR(255) NOT NULL,
    size            BIGINT       NOT NULL,
    content_type    VARCHAR(255) NOT NULL,
    PRIMARY KEY (contribution_id, position),
    KEY contribution_attachment_sha256 (sha256)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
