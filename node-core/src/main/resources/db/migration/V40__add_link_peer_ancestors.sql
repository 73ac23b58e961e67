-- The ancestors a parent announced in its Hello (nearest first, comma-separated): every node above this one.
ALTER TABLE fed_link ADD COLUMN peer_ancestors VARCHAR(500) NULL;
