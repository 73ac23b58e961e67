-- The evidence attached to each completion request of an assignment (办结佐证), by the lifecycle
-- step the request took; kept for every request, refused ones included. They travel up with the
-- request to the issuer.
CREATE TABLE completion_attachment (
    assignment_id  CHAR(36)     NOT NULL,
    lifecycle_step BIGINT       NOT NULL,
    position       INT          NOT NULL,
    sha256         CHAR(64)     NOT NULL,
    name           VARCHAR(255) NOT NULL,
    size           BIGINT       NOT NULL,
    content_type   VARCHAR(255) NOT NULL,
    PRIMARY KEY (assignment_id, lifecycle_step, position),
    KEY completion_attachment_sha256 (sha256)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
