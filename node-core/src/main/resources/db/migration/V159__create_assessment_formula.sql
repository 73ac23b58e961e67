-- The assessment formula's versions (docs/business-rules.md, "Assessment"): each version the
-- province set, kept by every node as it receives it; the latest is in force. Version 0, the
-- default, is not stored: it ships with the code.
CREATE TABLE assessment_formula (
    version      BIGINT        NOT NULL,
    reason       VARCHAR(1000) NOT NULL,
    set_by       VARCHAR(255)  NOT NULL,
    set_at       DATETIME(6)   NOT NULL,
    origin_node  VARCHAR(16)   NOT NULL,
    PRIMARY KEY (version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One measure's rule in a version: a rate's weight, or a deduction's or bonus's points per fact
-- and cap.
CREATE TABLE assessment_formula_rule (
    version   BIGINT        NOT NULL,
    measure   VARCHAR(32)   NOT NULL,
    weight    DECIMAL(5, 2) NULL,
    per_fact  DECIMAL(5, 2) NULL,
    cap       DECIMAL(5, 2) NULL,
    PRIMARY KEY (version, measure),
    CONSTRAINT assessment_formula_rule_version FOREIGN KEY (version) REFERENCES assessment_formula (version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The province's version counter: locked to number each version.
CREATE TABLE assessment_formula_counter (
    id       INT    NOT NULL,
    version  BIGINT NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO assessment_formula_counter (id, version) VALUES (1, 0);
