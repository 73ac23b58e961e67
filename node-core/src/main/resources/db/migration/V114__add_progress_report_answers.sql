-- The returned report a report resubmits (重新报送, docs/business-rules.md §11.2).
ALTER TABLE progress_report
    ADD COLUMN answers_report_id CHAR(36) NULL,
    ADD KEY progress_report_answers (answers_report_id);
