-- A task or inspection plan of this node linked to a priority (of this node or of a node
-- above) that it implements. The link belongs to the node of the task or plan.
CREATE TABLE annual_priority_link (
    item_id      CHAR(36)      NOT NULL,
    target_kind  VARCHAR(16)   NOT NULL,
    target_id    VARCHAR(64)   NOT NULL,
    linked_by    VARCHAR(255)  NOT NULL,
    linked_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (item_id, target_kind, target_id),
    KEY annual_priority_link_target (target_kind, target_id),
    CONSTRAINT annual_priority_link_item FOREIGN KEY (item_id) REFERENCES annual_priority_item (id)
);
