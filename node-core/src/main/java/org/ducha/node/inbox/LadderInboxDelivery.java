package org.ducha.node.inbox;

import java.time.Clock;
import java.util.stream.Collectors;

import org.ducha.node.accountability.Basis;
import org.ducha.node.accountability.BasisKind;
import org.ducha.node.accountability.LadderStep;
import org.ducha.node.accountability.StepDelivered;
import org.ducha.node.notify.Audience;
import org.ducha.node.notify.Notifications;
import org.ducha.node.reminder.Reminder;
import org.ducha.node.time.Ids;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Puts a ladder step about a unit of this node into the unit's inbox (the government's,
 * for its supervisors and leaders, when the unit is the government itself), in the
 * transaction that brought it, and notifies the unit's people; a step arriving again
 * changes nothing.
 */
@Component
class LadderInboxDelivery {

	private final InboxStore store;

	private final Notifications notifications;

	private final Clock clock;

	LadderInboxDelivery(InboxStore store, Notifications notifications, Clock clock) {
		this.store = store;
		this.notifications = notifications;
		this.clock = clock;
	}

	@EventListener
	void on(StepDelivered delivered) {
		LadderStep step = delivered.step();
		String assignment = step.basis()
			.stream()
			.filter((fact) -> fact.kind() == BasisKind.ASSIGNMENT)
			.map(Basis::refId)
			.findFirst()
			.orElse(null);
		String title = Reminder.clip("【" + step.kind().label() + "】" + step.unitName()
				+ ((step.personName() != null) ? " " + step.personName() : ""));
		InboxItem item = new InboxItem(Ids.newId(), InboxSource.LADDER, step.id(), Audience.HANDLERS, step.unitCode(),
				step.kind().name(), step.issuingNode(), null, assignment, title, body(step), this.clock.instant(), null,
				null);
		if (this.store.insert(item)) {
			this.notifications.notifyUnit(step.unitCode(), Audience.HANDLERS, title, body(step) + "\n\n请登录督查督办系统查看。",
					"ladder/" + step.id());
		}
	}

	private static String body(LadderStep step) {
		StringBuilder body = new StringBuilder();
		body.append(step.kind().label()).append("（").append(step.issuedOn()).append("，签发：").append(step.issuingNode());
		if (step.personName() != null) {
			body.append("，")
				.append((step.personRole() != null) ? step.personRole().label() : "")
				.append(step.personName());
		}
		body.append("）\n事由：").append(step.reason());
		if (step.rectificationDeadline() != null) {
			body.append("\n整改期限：").append(step.rectificationDeadline()).append("，请在期限内报送整改情况。");
		}
		body.append("\n依据：").append(step.basis().stream().map(Basis::label).collect(Collectors.joining("；")));
		return body.toString();
	}

}
