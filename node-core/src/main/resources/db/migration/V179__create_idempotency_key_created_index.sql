-- The purge deletes the oldest keys in chunks, in the order they were created.
CREATE INDEX idempotency_key_created ON idempotency_key (created_at);
