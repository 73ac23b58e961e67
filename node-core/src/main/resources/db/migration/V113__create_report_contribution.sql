-- The co-units' contributions a lead unit's report sums up (主办单位汇总), in the order given.
CREATE TABLE report_contribution (
    report_id       CHAR(36) NOT NULL,
    position        INT      NOT NULL,
    contribution_id CHAR(36) NOT NULL,
    PRIMARY KEY (report_id, position),
    KEY report_contribution_contribution (contribution_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
