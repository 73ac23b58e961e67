-- A due slot whose report the issuer returned waits for that report's resubmission, which alone
-- fills it again.
ALTER TABLE report_slot
    ADD COLUMN returned_report_id CHAR(36) NULL;
