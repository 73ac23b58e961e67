-- The attachments a progress report references, in the order given, with the name the report
-- shows them under.
CREATE TABLE report_attachment (
    report_id    CHAR(36)     NOT NULL,
    position     INT          NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    name         VARCHAR(255) NOT NULL,
    size         BIGINT       NOT NULL,
    content_type VARCHAR(255) NOT NULL,
    PRIMARY KEY (report_id, position),
    KEY report_attachment_sha256 (sha256)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
