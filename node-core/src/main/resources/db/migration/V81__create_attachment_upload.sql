-- Who uploaded an attachment here (and for which unit), under which name: the uploader, the
-- people of that unit and the node's supervisors and leaders may read and reference it.
CREATE TABLE attachment_upload (
    sha256       CHAR(64)     NOT NULL,
    uploaded_by  VARCHAR(128) NOT NULL,
    unit_code    VARCHAR(64)  NOT NULL,
    name         VARCHAR(255) NOT NULL,
    content_type VARCHAR(255) NOT NULL,
    uploaded_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (sha256, uploaded_by)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
