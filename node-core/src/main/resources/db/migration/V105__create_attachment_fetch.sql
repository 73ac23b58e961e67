-- The durable queue of attachments to fetch from the parent: referenced by a record that came
-- down (a task's documents) while their bytes are not here; retried with backoff until they are.
CREATE TABLE attachment_fetch (
    sha256          CHAR(64)      NOT NULL,
    peer            VARCHAR(16)   NOT NULL,
    state           VARCHAR(16)   NOT NULL,
    queued_at       DATETIME(6)   NOT NULL,
    attempts        INT           NOT NULL,
    next_attempt_at DATETIME(6)   NOT NULL,
    last_error      VARCHAR(1000) NULL,
    done_at         DATETIME(6)   NULL,
    PRIMARY KEY (sha256, peer),
    KEY attachment_fetch_due (peer, state, next_attempt_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
