-- The assignment's traffic light (GREEN, YELLOW, RED) and why, as last computed.
ALTER TABLE assignment ADD COLUMN light VARCHAR(8) NULL, ADD COLUMN light_reason VARCHAR(500) NULL,
    ADD COLUMN light_at DATETIME(6) NULL;
