-- The attachments of a unit's objection to a conclusion, in the order given.
CREATE TABLE conclusion_objection_attachment (
    conclusion_id  CHAR(36)     NOT NULL,
    position       INT          NOT NULL,
    attachment_id  VARCHAR(64)  NOT NULL,
    PRIMARY KEY (conclusion_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
