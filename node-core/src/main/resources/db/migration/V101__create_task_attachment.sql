-- The documents a task carries (the instruction, the source file), in the order given, with the
-- name the task shows them under; they travel down with the task, their bytes fetched from the
-- parent.
CREATE TABLE task_attachment (
    task_id      CHAR(36)     NOT NULL,
    position     INT          NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    name         VARCHAR(255) NOT NULL,
    size         BIGINT       NOT NULL,
    content_type VARCHAR(255) NOT NULL,
    PRIMARY KEY (task_id, position),
    KEY task_attachment_sha256 (sha256)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
