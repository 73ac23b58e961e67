-- Reminders (催办): born at the issuer (automatic or manual) or at a relay above the assignee
-- (manual); kept at every node they pass, delivered into the inbox at the assignee's node.
-- rule_key is set only where the reminder was born by a rule: it makes the job idempotent.
CREATE TABLE reminder (
    id             CHAR(36)      NOT NULL,
    kind           VARCHAR(16)   NOT NULL,
    rule_key       VARCHAR(120)  NULL,
    from_node      VARCHAR(16)   NOT NULL,
    from_unit      VARCHAR(64)   NOT NULL,
    sent_by        VARCHAR(128)  NOT NULL,
    to_node        VARCHAR(16)   NOT NULL,
    to_unit        VARCHAR(64)   NOT NULL,
    task_id        CHAR(36)      NOT NULL,
    assignment_id  CHAR(36)      NOT NULL,
    title          VARCHAR(500)  NOT NULL,
    message        TEXT          NULL,
    due_date       DATE          NULL,
    escalate       BOOLEAN       NOT NULL,
    sent_at        DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY reminder_rule (assignment_id, rule_key),
    KEY reminder_to (to_node, sent_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
