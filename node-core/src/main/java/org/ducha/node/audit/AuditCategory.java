package org.ducha.node.audit;

/**
 * Area an audit record belongs to.
 */
public enum AuditCategory {

	/** Federation links: identities, refused frames, re-syncs, pauses. */
	LINK,

	/** Authentication and authorization decisions. */
	SECURITY,

	/** Operator actions. */
	OPERATION,

	/** Changes of reference data: the working-day calendar. */
	REFERENCE,

	/** Business changes made by people: the transitions of tasks and assignments. */
	BUSINESS

}
