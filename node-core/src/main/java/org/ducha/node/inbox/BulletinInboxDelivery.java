package org.ducha.node.inbox;

import java.time.Clock;

import org.ducha.node.bulletin.Bulletin;
import org.ducha.node.bulletin.BulletinDelivered;
import org.ducha.node.bulletin.Mention;
import org.ducha.node.notify.Audience;
import org.ducha.node.notify.Notifications;
import org.ducha.node.reminder.Reminder;
import org.ducha.node.time.Ids;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Puts a published bulletin into the inbox of each unit of this node it names (the
 * government's, for its supervisors and leaders, when the unit is the government itself),
 * in the transaction that published or brought it, and notifies the unit's people; the
 * bulletin arriving again changes nothing.
 */
@Component
class BulletinInboxDelivery {

	private final InboxStore store;

	private final Notifications notifications;

	private final Clock clock;

	BulletinInboxDelivery(InboxStore store, Notifications notifications, Clock clock) {
		this.store = store;
		this.notifications = notifications;
		this.clock = clock;
	}

	@EventListener
	void on(BulletinDelivered delivered) {
		Bulletin bulletin = delivered.bulletin();
		Mention mention = delivered.mention();
		String title = Reminder.clip("【督查通报】" + bulletin.number() + " " + bulletin.title());
		String body = body(bulletin, mention);
		InboxItem item = new InboxItem(Ids.newId(), InboxSource.BULLETIN, bulletin.id(), Audience.HANDLERS,
				mention.unitCode(), mention.verdict().name(), bulletin.nodeCode(), null, null, title, body,
				this.clock.instant(), null, null);
		if (this.store.insert(item)) {
			this.notifications.notifyUnit(mention.unitCode(), Audience.HANDLERS, title, body + "\n\n请登录督查督办系统查看并签收。",
					"bulletin/" + bulletin.id());
		}
	}

	private static String body(Bulletin bulletin, Mention mention) {
		StringBuilder body = new StringBuilder();
		body.append(bulletin.issuingOrgan())
			.append("于")
			.append(bulletin.publishedOn())
			.append("发布")
			.append(bulletin.number())
			.append("《")
			.append(bulletin.title())
			.append("》，")
			.append(mention.unitName())
			.append("在排名中列第")
			.append(mention.position())
			.append("位。");
		if (mention.text() != null) {
			body.append("\n").append(switch (mention.verdict()) {
				case COMMENDED -> "表扬：";
				case CRITICIZED -> "批评：";
				case RANKED -> "";
			}).append(mention.text());
		}
		if (bulletin.corrects() != null) {
			body.append("\n本通报为更正通报，原通报作废。");
		}
		return body.toString();
	}

}
