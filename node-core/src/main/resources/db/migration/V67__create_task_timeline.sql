-- Every transition of a task and of its assignments: who, when, at which node, why (DOMAIN §4). Append-only;
-- entries outlive a deleted draft. The id only orders entries of the same instant at this node.
CREATE TABLE task_timeline (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    task_id       CHAR(36)      NOT NULL,
    assignment_id CHAR(36)      NULL,
    occurred_at   DATETIME(6)   NOT NULL,
    node_code     VARCHAR(16)   NOT NULL,
    actor         VARCHAR(128)  NULL,
    action        VARCHAR(48)   NOT NULL,
    from_status   VARCHAR(32)   NULL,
    to_status     VARCHAR(32)   NULL,
    reason        VARCHAR(1000) NULL,
    detail        TEXT          NULL,
    PRIMARY KEY (id),
    KEY task_timeline_task (task_id, occurred_at, id),
    KEY task_timeline_assignment (assignment_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
