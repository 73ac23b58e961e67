-- The facts a ladder proposal or step rests on (an assignment, an earlier step, a report, a
-- note), in order; owner_id is the proposal's or the step's id.
CREATE TABLE ladder_basis (
    owner_id  CHAR(36)      NOT NULL,
    ordinal   INT           NOT NULL,
    kind      VARCHAR(16)   NOT NULL,
    ref_id    CHAR(36)      NULL,
    label     VARCHAR(500)  NOT NULL,
    PRIMARY KEY (owner_id, ordinal)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
