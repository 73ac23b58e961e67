package org.ducha.node.inbox;

import java.time.Clock;

import org.ducha.node.alert.Alert;
import org.ducha.node.alert.AlertAcknowledged;
import org.ducha.node.alert.AlertDelivered;
import org.ducha.node.alert.AlertDirection;
import org.ducha.node.alert.AlertEscalated;
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
 * notifies its people; an item arriving again changes nothing. An alert that escalates
 * unsigned gives an item to the receiving unit's head and one to the node's government
 * (its supervisors and leaders).
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
			boolean overdue = reminder.kind() == ReminderKind.OVERDUE || reminder.kind() == ReminderKind.CLAIM_OVERDUE;
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

	/**
	 * An alert addressed here stayed unsigned: its unit's head (when it went to a
	 * department) and the node's supervisors and leaders are told.
	 */
	@EventListener
	void on(AlertEscalated escalated) {
		Alert alert = escalated.alert();
		String title = Reminder.clip("【签收超时】" + alert.getTitle());
		String unit = (alert.getToUnit() != null) ? alert.getToUnit() : alert.getToNode();
		String body = "以下" + (alert.getDirection() == AlertDirection.DOWN ? "提示" : "预警") + "（来自" + alert.getFromNode()
				+ "，接收单位" + unit + "）超过签收时限仍未签收，请督促签收并办理：\n" + alert.getTitle()
				+ ((alert.getMessage() != null) ? "\n" + alert.getMessage() : "");
		if (!unit.equals(alert.getToNode())) {
			escalationItem(alert, Audience.UNIT_HEAD, unit, title, body);
		}
		escalationItem(alert, Audience.HANDLERS, alert.getToNode(), title, body);
	}

	private void escalationItem(Alert alert, Audience audience, String unit, String title, String body) {
		InboxItem item = new InboxItem(Ids.newId(), InboxSource.ESCALATION, alert.getId(), audience, unit,
				alert.getKind().name(), alert.getFromNode(), alert.getTaskId(), alert.getAssignmentId(), title, body,
				this.clock.instant(), null, null);
		if (this.store.insert(item)) {
			this.notifications.notifyUnit(unit, audience, title, text(body), "escalation/" + alert.getId());
		}
	}

	/** The alert was signed for (here, through the alerts API or the inbox). */
	@EventListener
	void on(AlertAcknowledged acknowledged) {
		Alert alert = acknowledged.alert();
		this.store.signSource(InboxSource.ALERT, alert.getId(), alert.getAcknowledgedBy(), alert.getAcknowledgedAt());
		this.store.signSource(InboxSource.ESCALATION, alert.getId(), alert.getAcknowledgedBy(),
				alert.getAcknowledgedAt());
	}

	private static String text(String body) {
		return ((body != null) ? body : "") + FOOTER;
	}

}
