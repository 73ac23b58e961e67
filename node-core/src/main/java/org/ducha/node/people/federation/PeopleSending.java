package org.ducha.node.people.federation;

import java.util.List;

import org.ducha.node.NodeIdentity;
import org.ducha.node.federation.Delivery;
import org.ducha.node.federation.Outbox;
import org.ducha.node.people.UnitPeople;
import org.ducha.node.people.UnitPeopleChanged;
import org.ducha.node.time.Ids;
import org.ducha.node.tree.Ancestry;
import org.ducha.proto.federation.v1.Channel;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Sends a new revision of a unit's people in charge up to the root on the report channel,
 * in the transaction that made it: every node on the way keeps a copy, so every ancestor
 * counts ladder steps against the right person.
 */
@Component
class PeopleSending {

	private final Outbox outbox;

	private final NodeIdentity self;

	private final Ancestry ancestry;

	PeopleSending(Outbox outbox, NodeIdentity self, Ancestry ancestry) {
		this.outbox = outbox;
		this.self = self;
		this.ancestry = ancestry;
	}

	@EventListener
	void on(UnitPeopleChanged changed) {
		List<String> above = this.ancestry.codes();
		if (above.isEmpty()) {
			return;
		}
		UnitPeople people = changed.people();
		this.outbox.send(Channel.CHANNEL_REPORT, new Delivery(Ids.newId(), this.self.code(),
				above.get(above.size() - 1), people.statedAt(), PeopleWire.stated(people)));
	}

}
