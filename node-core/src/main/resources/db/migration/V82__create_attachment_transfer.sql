-- The durable queue of attachments to push to a peer (the parent), written in the transaction
-- that sends or forwards the record referencing them; retried with backoff until the peer holds
-- the verified bytes.
CREATE TABLE attachment_transfer (
    sha256          CHAR(64)      NOT NULL,
    peer            VARCHAR(16)   NOT NULL,
    state           VARCHAR(16)   NOT NULL,
    queued_at       DATETIME(6)   NOT NULL,
    attempts        INT           NOT NULL,
    next_attempt_at DATETIME(6)   NOT NULL,
    last_error      VARCHAR(1000) NULL,
    done_at         DATETIME(6)   NULL,
    PRIMARY KEY (sha256, peer),
    KEY attachment_transfer_due (peer, state, next_attempt_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
