package org.ducha.node.decomposition;

import org.ducha.node.task.TaskReplication;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the roll-ups other nodes state about their assignments; idempotent, never back to
 * an older revision.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class RollUpReplication {

	private final TaskReplication tasks;

	private final RollUpStore store;

	RollUpReplication(TaskReplication tasks, RollUpStore store) {
		this.tasks = tasks;
		this.store = store;
	}

	/**
	 * A node states the roll-up of an assignment of its own unit.
	 * @param statedBy the node stating it, which must be the assignee's
	 */
	public void apply(String unitCode, String statedBy, RollUp rollUp) {
		this.tasks.assignmentStatedBy(rollUp.assignmentId(), unitCode, statedBy);
		this.store.keep(rollUp);
	}

}
