package org.ducha.node.inspection;

/**
 * How an inspection is done.
 */
public enum InspectionMethod {

	/** 听取汇报. */
	REPORTS,

	/** 查阅资料. */
	DOCUMENT_REVIEW,

	/** 实地察看. */
	SITE_VISITS,

	/** 座谈走访. */
	FORUMS,

	/** 暗访 (四不两直): makes the plan unannounced. */
	UNANNOUNCED_VISITS

}
