-- The signing limit (签收时限, docs/business-rules.md §6.7): when an assignment was handed to its
-- unit if later than its task's issue (a reassignment), and the last day to sign it, computed on
-- the working-day calendar by every node holding the assignment (not a status: an unsigned
-- assignment past it is claim-overdue).
ALTER TABLE assignment
    ADD COLUMN assigned_at DATETIME(6) NULL,
    ADD COLUMN sign_by     DATE        NULL,
    ADD KEY assignment_sign_by (status, sign_by);
