-- Dashboards: report slots by due date (on-time rates over a window), and assignments by node
-- and unit with what the counts group by (covering the per-unit and per-light aggregates).
CREATE INDEX report_slot_due ON report_slot (due_date, report_id, on_time);
CREATE INDEX assignment_scope ON assignment (unit_node, unit_code, status, light, task_id);
