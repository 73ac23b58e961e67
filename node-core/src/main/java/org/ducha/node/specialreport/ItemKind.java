package org.ducha.node.specialreport;

/**
 * What a special report cites.
 */
public enum ItemKind {

	/** A task (督查事项). */
	TASK,

	/** A finding of an inspection (督查发现). */
	FINDING,

	/** A progress report on an assignment (进展报告). */
	REPORT

}
