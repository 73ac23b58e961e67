-- Attachments of a finding (its evidence) or of a unit's rectification report, in order.
CREATE TABLE inspection_evidence (
    owner_id      CHAR(36)      NOT NULL,
    position      INT           NOT NULL,
    sha256        CHAR(64)      NOT NULL,
    name          VARCHAR(255)  NOT NULL,
    size          BIGINT        NOT NULL,
    content_type  VARCHAR(255)  NOT NULL,
    PRIMARY KEY (owner_id, position),
    KEY inspection_evidence_sha256 (sha256)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
