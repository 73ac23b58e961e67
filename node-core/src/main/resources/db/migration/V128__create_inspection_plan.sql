-- Inspection plans (docs/business-rules.md, "Inspection plans"): this node's own plans
-- (planning_node is this node) and the copies of other nodes' plans it received: announced
-- plans of its objects or of its descendants, and unannounced ones once carried out. An
-- unannounced plan is stored below its planner only once carried out, and then without its
-- team, drafter or approver (drafted_by and approved_by stay NULL on a copy).
CREATE TABLE inspection_plan (
    id                  CHAR(36)      NOT NULL,
    planning_node       CHAR(6)       NOT NULL,
    planning_node_name  VARCHAR(200)  NOT NULL,
    title               VARCHAR(300)  NOT NULL,
    kind                VARCHAR(16)   NOT NULL,
    methods             VARCHAR(200)  NOT NULL,
    unannounced         BOOLEAN       NOT NULL,
    starts_on           DATE          NOT NULL,
    ends_on             DATE          NOT NULL,
    basis_kind          VARCHAR(24)   NOT NULL,
    basis_reference     VARCHAR(200)  NULL,
    basis_text          TEXT          NULL,
    status              VARCHAR(20)   NOT NULL,
    drafted_by          VARCHAR(128)  NULL,
    drafted_at          DATETIME(6)   NOT NULL,
    duplicate_reason    TEXT          NULL,
    sent_back_reason    TEXT          NULL,
    approved_by         VARCHAR(128)  NULL,
    approved_at         DATETIME(6)   NULL,
    carried_out_at      DATETIME(6)   NULL,
    closed_at           DATETIME(6)   NULL,
    version             BIGINT        NOT NULL,
    PRIMARY KEY (id),
    KEY inspection_plan_period (starts_on, ends_on),
    KEY inspection_plan_status (status, drafted_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE inspection_plan_object (
    plan_id    CHAR(36)      NOT NULL,
    position   INT           NOT NULL,
    unit_code  VARCHAR(64)   NOT NULL,
    unit_name  VARCHAR(200)  NOT NULL,
    PRIMARY KEY (plan_id, position),
    KEY inspection_plan_object_unit (unit_code),
    CONSTRAINT inspection_plan_object_plan FOREIGN KEY (plan_id) REFERENCES inspection_plan (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE inspection_plan_team (
    plan_id    CHAR(36)      NOT NULL,
    position   INT           NOT NULL,
    username   VARCHAR(128)  NOT NULL,
    PRIMARY KEY (plan_id, position),
    CONSTRAINT inspection_plan_team_plan FOREIGN KEY (plan_id) REFERENCES inspection_plan (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
