package org.ducha.node.bulletin;

/**
 * Where a bulletin stands: a supervisor edits a draft and submits it, a leader approves
 * it (or returns it to draft), and an approved bulletin is published — never to change
 * again.
 */
public enum BulletinStatus {

	/** Being edited by the supervisors (草稿). */
	DRAFT,

	/** Waiting for a leader's approval (待审批). */
	SUBMITTED,

	/** Approved by a leader, waiting for publication (已审批). */
	APPROVED,

	/** Published: numbered, rendered, distributed; never edited again (已发布). */
	PUBLISHED

}
