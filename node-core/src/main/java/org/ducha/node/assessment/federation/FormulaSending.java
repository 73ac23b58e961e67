package org.ducha.node.assessment.federation;

import org.ducha.node.NodeIdentity;
import org.ducha.node.assessment.FormulaChanged;
import org.ducha.node.federation.Delivery;
import org.ducha.node.federation.Outbox;
import org.ducha.node.time.Ids;
import org.ducha.node.tree.Directory;
import org.ducha.node.tree.DirectoryNode;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Event;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Sends a formula version set here to every node below (reference channel), in the
 * transaction that set it.
 */
@Component
class FormulaSending {

	private final Outbox outbox;

	private final Directory directory;

	private final NodeIdentity self;

	FormulaSending(Outbox outbox, Directory directory, NodeIdentity self) {
		this.outbox = outbox;
		this.directory = directory;
		this.self = self;
	}

	@EventListener
	void on(FormulaChanged changed) {
		if (!changed.setHere()) {
			return;
		}
		Event event = FormulaWire.formulaSet(changed.formula());
		for (DirectoryNode node : this.directory.all()) {
			this.outbox.send(Channel.CHANNEL_REFERENCE,
					new Delivery(Ids.newId(), this.self.code(), node.code(), changed.formula().setAt(), event));
		}
	}

}
