-- Every record is in the chain now (V51 chained the older ones): its place and hashes are
-- mandatory, and no place is taken twice.
ALTER TABLE audit_event
    MODIFY COLUMN seq         BIGINT   NOT NULL,
    MODIFY COLUMN prev_hash   CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    MODIFY COLUMN record_hash CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    ADD UNIQUE KEY audit_event_seq (seq);
