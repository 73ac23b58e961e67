-- What a task says beyond its content (docs/business-rules.md §2): its goal (目标任务), the date of
-- the meeting a meeting decision comes from, and the record of the leader's instruction a leader
-- instruction rests on (批示人, 批示日期, 批示内容, 拟办意见) with its urgency. A leader
-- instruction's draft may leave its deadline to its urgency, counted from the day of issue.
ALTER TABLE task MODIFY deadline DATE NULL,
    ADD COLUMN goal                 TEXT         NULL,
    ADD COLUMN meeting_date         DATE         NULL,
    ADD COLUMN instruction_leader   VARCHAR(128) NULL,
    ADD COLUMN instruction_date     DATE         NULL,
    ADD COLUMN instruction_text     TEXT         NULL,
    ADD COLUMN instruction_proposal TEXT         NULL,
    ADD COLUMN instruction_urgency  VARCHAR(16)  NULL;
