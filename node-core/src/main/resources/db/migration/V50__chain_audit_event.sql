-- The audit trail becomes a hash chain (DESIGN §7). Every record gets its place in the chain,
-- seq (gapless from 1), and record_hash = SM3(prev_hash || canonical encoding of the record,
-- seq included), where prev_hash is the hash of the record before it (the genesis value, 64
-- zeros, for the first). The chain head keeps the last seq and hash: appends lock it, which
-- serializes them, and verification compares against it, which shows a deleted tail.
-- V51 (AuditChainMigration) chains the records written before, in id order; V52 seals the columns.
ALTER TABLE audit_event
    ADD COLUMN seq         BIGINT   NULL AFTER id,
    ADD COLUMN prev_hash   CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL,
    ADD COLUMN record_hash CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL;

CREATE TABLE audit_chain_head (
    id        TINYINT  NOT NULL,
    last_seq  BIGINT   NOT NULL,
    last_hash CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT audit_chain_head_single CHECK (id = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO audit_chain_head (id, last_seq, last_hash) VALUES (1, 0, REPEAT('0', 64));
