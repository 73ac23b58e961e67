-- Annual supervision priorities (年度督查工作重点) of a node for a year: drafted by a
-- supervisor, approved by a leader. Approved ones of the nodes above are kept here as copies.
CREATE TABLE annual_priorities (
    id                CHAR(36)      NOT NULL,
    node_code         VARCHAR(16)   NOT NULL,
    node_name         VARCHAR(255)  NOT NULL,
    year              INT           NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    drafted_by        VARCHAR(255)  NULL,
    drafted_at        DATETIME(6)   NOT NULL,
    sent_back_reason  TEXT          NULL,
    approved_by       VARCHAR(255)  NULL,
    approved_at       DATETIME(6)   NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY annual_priorities_node_year (node_code, year)
);

CREATE TABLE annual_priority_item (
    id             CHAR(36)      NOT NULL,
    priorities_id  CHAR(36)      NOT NULL,
    position       INT           NOT NULL,
    title          VARCHAR(300)  NOT NULL,
    description    TEXT          NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY annual_priority_item_position (priorities_id, position),
    CONSTRAINT annual_priority_item_priorities FOREIGN KEY (priorities_id) REFERENCES annual_priorities (id)
);
