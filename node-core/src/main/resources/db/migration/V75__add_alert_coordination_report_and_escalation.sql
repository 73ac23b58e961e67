-- An alert's escalation when its recipient leaves it unsigned (DOMAIN §5), and the written
-- report a COORDINATION_REQUEST carries after two coordination attempts without result (二(一)).
ALTER TABLE alert
    ADD COLUMN escalated_at              DATETIME(6) NULL,
    ADD COLUMN coordination_process      TEXT        NULL,
    ADD COLUMN coordination_reasons      TEXT        NULL,
    ADD COLUMN coordination_suggestions  TEXT        NULL,
    ADD KEY alert_assignment (assignment_id, kind);
