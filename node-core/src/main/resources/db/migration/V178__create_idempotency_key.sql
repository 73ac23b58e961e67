-- The Idempotency-Key of a POST, per account (docs/architecture.md §8.5): RUNNING from a
-- committed claim until the request's own transaction turns it DONE with the answer, in
-- the same commit as the request's effect. A RUNNING row whose owner is not the running
-- process was left by a process that died before that commit: nothing of it took effect.
CREATE TABLE idempotency_key (
    account       CHAR(64)      NOT NULL,
    idem_key      VARCHAR(255)  NOT NULL,
    subject       VARCHAR(255)  NOT NULL,
    request_hash  CHAR(64)      NOT NULL,
    method        VARCHAR(16)   NOT NULL,
    path          VARCHAR(1024) NOT NULL,
    state         VARCHAR(16)   NOT NULL,
    owner         CHAR(36)      NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    completed_at  DATETIME(6)   NULL,
    status        SMALLINT      NULL,
    content_type  VARCHAR(255)  NULL,
    location      VARCHAR(1024) NULL,
    body          MEDIUMBLOB    NULL,
    body_omitted  BOOLEAN       NOT NULL DEFAULT FALSE,
    PRIMARY KEY (account, idem_key)
);
