package org.ducha.node.inbox;

import java.time.Clock;

import org.ducha.node.alert.Alert;
import org.ducha.node.alert.AlertAcknowledged;
import org.ducha.node.alert.AlertDelivered;
import org.ducha.node.notify.Audience;
import org.ducha.node.notify.Notifications;
import org.ducha.node.reminder.Reminder;
import org.ducha.node.reminder.ReminderDelivered;
import org.ducha.node.reminder.ReminderKind;
import org.ducha.node.time.Ids;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Puts what reaches a unit of this node into its inbox, in the transaction that brought
 * it: a reminder for the unit's handlers and, when it escalates, a second item reserved
 * for the unit head; an alert for the receiving unit (or the government). Each new item
 * notifies its people; an item arriving again changes nothing.
 */
@Component
class InboxDelivery {

	private static final String FOOTER = "\n\n请登录督查督办系统查看并签收。";

	private final InboxStore store;

	private final Notifications notifications;

	private final Clock clock;

	InboxDelivery(InboxStore store, Notifications notifications, Clock clock) {
		this.store = store;
		this.notifications = notifications;
		this.clock = clock;
	}

	@EventListener
	void on(ReminderDelivered delivered) {
		Reminder reminder = delivered.reminder();
		put(reminder, Audience.HANDLERS, reminder.title(), reminder.message());
		if (reminder.escalate()) {
			boolean overdue = reminder.kind() == ReminderKind.OVERDUE;
			String title = (overdue ? "【逾期升级】" : "【抄送单位负责人】") + reminder.title().replaceFirst("^【[^】]*】", "");
			String body = (overdue ? "以下督办事项已逾期，请单位负责人督促承办人员抓紧办理：\n" : "以下催办抄送单位负责人：\n") + reminder.message();
			put(reminder, Audience.UNIT_HEAD, title, body);
		}
	}

	private void put(Reminder reminder, Audience audience, String title, String body) {
		InboxItem item = new InboxItem(Ids.newId(), InboxSource.REMINDER, reminder.id(), audience, reminder.toUnit(),
				reminder.kind().name(), reminder.fromNode(), reminder.taskId(), reminder.assignmentId(),
				Reminder.clip(title), body, this.clock.instant(), null, null);
		if (this.store.insert(item)) {
			this.notifications.notifyUnit(item.unitCode(), audience, item.title(), text(body),
					"reminder/" + reminder.id());
		}
	}

	@EventListener
	void on(AlertDelivered delivered) {
		Alert alert = delivered.alert();
		String unit = (alert.getToUnit() != null) ? alert.getToUnit() : alert.getToNode();
		InboxItem item = new InboxItem(Ids.newId(), InboxSource.ALERT, alert.getId(), Audience.HANDLERS, unit,
				alert.getKind().name(), alert.getFromNode(), alert.getTaskId(), alert.getAssignmentId(),
				alert.getTitle(), alert.getMessage(), this.clock.instant(), null, null);
		if (this.store.insert(item)) {
			this.notifications.notifyUnit(unit, Audience.HANDLERS, alert.getTitle(), text(alert.getMessage()),
					"alert/" + alert.getId());
		}
	}

	/** The alert was signed for (here, through the alerts API or the inbox). */
	@EventListener
	void on(AlertAcknowledged acknowledged) {
		Alert alert = acknowledged.alert();
		this.store.signSource(InboxSource.ALERT, alert.getId(), alert.getAcknowledgedBy(), alert.getAcknowledgedAt());
	}

	private static String text(String body) {
		return ((body != null) ? body : "") + FOOTER;
	}

}
