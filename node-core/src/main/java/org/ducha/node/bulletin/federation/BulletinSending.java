package org.ducha.node.bulletin.federation;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;

import org.ducha.node.NodeIdentity;
import org.ducha.node.bulletin.Bulletin;
import org.ducha.node.bulletin.BulletinPublished;
import org.ducha.node.bulletin.Mention;
import org.ducha.node.federation.Delivery;
import org.ducha.node.federation.Outbox;
import org.ducha.node.time.Ids;
import org.ducha.proto.federation.v1.Channel;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Sends a bulletin this node published, in the transaction that published it: down on the
 * task channel to the node of every unit it names below this node (the relays keep
 * copies). Its files are not pushed: each node below fetches them from its parent.
 */
@Component
class BulletinSending {

	private final Outbox outbox;

	private final NodeIdentity self;

	private final Clock clock;

	BulletinSending(Outbox outbox, NodeIdentity self, Clock clock) {
		this.outbox = outbox;
		this.self = self;
		this.clock = clock;
	}

	@EventListener
	void on(BulletinPublished published) {
		Bulletin bulletin = published.bulletin();
		Set<String> nodes = new LinkedHashSet<>();
		bulletin.mentions().stream().map(Mention::unitNode).forEach(nodes::add);
		nodes.remove(this.self.code());
		for (String node : nodes) {
			this.outbox.send(Channel.CHANNEL_TASK, new Delivery(Ids.newId(), this.self.code(), node,
					this.clock.instant(), BulletinWire.published(bulletin)));
		}
	}

}
