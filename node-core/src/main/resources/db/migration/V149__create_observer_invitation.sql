-- An observer's invitation to one object (a task or an inspection plan) held at this node,
-- for a period of days (both included), until withdrawn. Invitations live at the inviting
-- node only: they never travel (docs/business-rules.md, "Invited observers").
CREATE TABLE observer_invitation (
    id                CHAR(36)      NOT NULL,
    observer          VARCHAR(128)  NOT NULL,
    target_kind       VARCHAR(32)   NOT NULL,
    target_id         VARCHAR(64)   NOT NULL,
    target_title      VARCHAR(500)  NOT NULL,
    valid_from        DATE          NOT NULL,
    valid_until       DATE          NOT NULL,
    invited_by        VARCHAR(128)  NOT NULL,
    invited_at        DATETIME(6)   NOT NULL,
    withdrawn_by      VARCHAR(128)  NULL,
    withdrawn_at      DATETIME(6)   NULL,
    withdraw_reason   TEXT          NULL,
    PRIMARY KEY (id),
    KEY observer_invitation_observer (observer, target_kind),
    KEY observer_invitation_target (target_kind, target_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
