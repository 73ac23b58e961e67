-- Whether a task is published to the public (民生实事公开): its responsibility list and progress
-- are shown without sign-in.
ALTER TABLE task ADD COLUMN published BOOLEAN NOT NULL DEFAULT FALSE;
