-- The responsible person (责任人) of an assignment: a person of the assigned unit as the unit (or,
-- for the issuing node's own departments, the issuer) states them: name, post and phone.
ALTER TABLE assignment
    ADD COLUMN responsible_name      VARCHAR(64)  NULL,
    ADD COLUMN responsible_post      VARCHAR(64)  NULL,
    ADD COLUMN responsible_phone     VARCHAR(32)  NULL,
    ADD COLUMN responsible_unit_code VARCHAR(64)  NULL;
