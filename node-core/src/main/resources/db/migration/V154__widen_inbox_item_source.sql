-- One bulletin reaches the inboxes of several units of a node (docs/business-rules.md, "Bulletins"):
-- an inbox item is one per source, audience and unit. Reminders, alerts and ladder steps each have one
-- unit per source, so their items stay one per source.
ALTER TABLE inbox_item
    DROP INDEX inbox_item_source,
    ADD UNIQUE KEY inbox_item_source (source_type, source_id, audience, unit_code);
