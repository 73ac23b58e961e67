-- The protocol version a link's session speaks, negotiated in its last Hello (docs/protocol.md §5.6);
-- null until the peer said Hello.
ALTER TABLE fed_link ADD COLUMN protocol_version INT NULL;
