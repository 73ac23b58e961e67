package org.ducha.node.task;

import java.util.Optional;

import org.ducha.node.observer.InvitationTargets;
import org.ducha.node.observer.TargetKind;
import org.ducha.node.security.Actor;

import org.springframework.stereotype.Component;

/**
 * Tasks as what an observer can be invited to: an issued task held here that the inviting
 * supervisor sees. A draft, or a task awaiting approval, is nobody's to show yet.
 */
@Component
class TaskInvitationTargets implements InvitationTargets {

	private final Tasks tasks;

	TaskInvitationTargets(Tasks tasks) {
		this.tasks = tasks;
	}

	@Override
	public TargetKind kind() {
		return TargetKind.TASK;
	}

	@Override
	public Optional<String> titleFor(String targetId, Actor inviter) {
		return this.tasks.findTask(targetId)
			.filter((task) -> task.getStatus().isIssued())
			.filter((task) -> this.tasks.isVisibleTo(targetId, inviter))
			.map(Task::getTitle);
	}

}
