-- Decomposition (分解): the sub-tasks a node registers to hand on an assignment of one of its
-- units to its departments and the governments below it. Kept at the decomposing node only.
CREATE TABLE task_decomposition (
    task_id               CHAR(36)    NOT NULL,
    parent_assignment_id  CHAR(36)    NOT NULL,
    parent_task_id        CHAR(36)    NOT NULL,
    created_at            DATETIME(6) NOT NULL,
    PRIMARY KEY (task_id),
    KEY decomposition_parent (parent_assignment_id),
    CONSTRAINT decomposition_task FOREIGN KEY (task_id) REFERENCES task (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- How the sub-tasks of a decomposed assignment stand: computed at the decomposing node, copied
-- at every node on the way to the issuer of the assignment's task; only a higher revision
-- replaces what is held.
CREATE TABLE assignment_rollup (
    assignment_id  CHAR(36)    NOT NULL,
    revision       BIGINT      NOT NULL,
    computed_at    DATETIME(6) NOT NULL,
    parts          MEDIUMTEXT  NOT NULL,
    PRIMARY KEY (assignment_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
