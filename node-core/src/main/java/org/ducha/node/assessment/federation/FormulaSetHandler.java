package org.ducha.node.assessment.federation;

import org.ducha.node.assessment.FormulaReplication;
import org.ducha.node.federation.Authority;
import org.ducha.node.federation.IncomingEvent;
import org.ducha.node.federation.Originator;
import org.ducha.node.federation.SingleEventHandler;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Event;

import org.springframework.stereotype.Component;

/**
 * Keeps a formula version the province set; every relay keeps its copy on the way down.
 * Only the root originates one, and only down: a city or county that sends one, up or to
 * its own children, is quarantined.
 */
@Component
class FormulaSetHandler extends SingleEventHandler {

	private final FormulaReplication replication;

	FormulaSetHandler(FormulaReplication replication) {
		this.replication = replication;
	}

	@Override
	public Event.KindCase kind() {
		return Event.KindCase.ASSESSMENT_FORMULA_SET;
	}

	@Override
	public Authority authority() {
		return Authority.down(Channel.CHANNEL_REFERENCE, Originator.root());
	}

	@Override
	protected void applyOne(IncomingEvent incoming) {
		this.replication.apply(FormulaWire.formula(incoming.event().getAssessmentFormulaSet(), incoming.originNode()));
	}

}
