-- The task's reporting rule (限期报告) as the issuer set it, in JSON.
ALTER TABLE task ADD COLUMN schedule TEXT NULL;
