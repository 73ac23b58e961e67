-- Who held a unit's posts (主要负责人 PRINCIPAL, 分管负责人 DEPUTY) from when to when: held_until is
-- the first day no longer held, NULL while held.
CREATE TABLE charge_term (
    unit_code   VARCHAR(64)  NOT NULL,
    role        VARCHAR(16)  NOT NULL,
    held_from   DATE         NOT NULL,
    person_id   CHAR(36)     NOT NULL,
    held_until  DATE         NULL,
    PRIMARY KEY (unit_code, role, held_from),
    KEY charge_term_person (person_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
