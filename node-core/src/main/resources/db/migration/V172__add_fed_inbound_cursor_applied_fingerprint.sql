-- The fingerprint of the last entry applied from each log, told in Hello (docs/protocol.md, "Restored nodes").
ALTER TABLE fed_inbound_cursor ADD COLUMN applied_fingerprint VARCHAR(80) NULL;
