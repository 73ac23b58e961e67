-- Bulletins (督查通报, docs/business-rules.md, "Bulletins"): facts of the publishing node, kept there and,
-- once published, at every node holding a unit the bulletin names. The generated tables are stored as the
-- JSON they were generated as; the number is assigned at publication; docx/pdf are the published files'
-- attachment addresses (the same bytes at every node).
CREATE TABLE bulletin (
    id             CHAR(36)      NOT NULL,
    node_code      VARCHAR(16)   NOT NULL,
    issuing_organ  VARCHAR(200)  NOT NULL,
    kind           VARCHAR(16)   NOT NULL,
    period_from    DATE          NOT NULL,
    period_to      DATE          NOT NULL,
    title          VARCHAR(500)  NOT NULL,
    preface        TEXT          NULL,
    closing        TEXT          NULL,
    tables         LONGTEXT      NOT NULL,
    status         VARCHAR(16)   NOT NULL,
    revision       BIGINT        NOT NULL,
    corrects       CHAR(36)      NULL,
    corrected_by   CHAR(36)      NULL,
    number_year    INT           NULL,
    number_serial  INT           NULL,
    number         VARCHAR(64)   NULL,
    created_by     VARCHAR(128)  NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    submitted_by   VARCHAR(128)  NULL,
    submitted_at   DATETIME(6)   NULL,
    decided_by     VARCHAR(128)  NULL,
    decided_at     DATETIME(6)   NULL,
    return_reason  VARCHAR(2000) NULL,
    published_by   VARCHAR(128)  NULL,
    published_at   DATETIME(6)   NULL,
    published_on   DATE          NULL,
    docx_sha256    CHAR(64)      NULL,
    pdf_sha256     CHAR(64)      NULL,
    PRIMARY KEY (id),
    UNIQUE KEY bulletin_number (node_code, number_year, number_serial),
    KEY bulletin_node (node_code, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The units a bulletin names: ranked, commended or criticised, with the (editable) wording.
CREATE TABLE bulletin_mention (
    bulletin_id  CHAR(36)      NOT NULL,
    unit_code    VARCHAR(64)   NOT NULL,
    unit_node    VARCHAR(16)   NOT NULL,
    unit_name    VARCHAR(200)  NOT NULL,
    position     INT           NOT NULL,
    verdict      VARCHAR(16)   NOT NULL,
    text         TEXT          NULL,
    PRIMARY KEY (bulletin_id, unit_code),
    KEY bulletin_mention_unit (unit_code, verdict),
    KEY bulletin_mention_node (unit_node, bulletin_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
