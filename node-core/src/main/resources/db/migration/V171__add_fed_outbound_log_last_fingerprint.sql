-- The fingerprint of the last entry written to each log, told in Hello (docs/protocol.md, "Restored nodes").
ALTER TABLE fed_outbound_log ADD COLUMN last_fingerprint VARCHAR(80) NULL;
