package org.ducha.node.task.federation;

import org.ducha.node.federation.wire.Wire;
import org.ducha.node.task.LeaderInstruction;
import org.ducha.node.task.ResponsiblePerson;
import org.ducha.node.task.Urgency;

/**
 * The seed's records of a task and its assignments both ways: a leader's instruction with
 * its urgency, and an assignment's responsible person. An unknown urgency is refused as
 * malformed; an unspecified one (an issuer that did not say) reads as normal.
 */
final class SourceWire {

	private SourceWire() {
	}

	static org.ducha.proto.federation.v1.LeaderInstruction toWire(LeaderInstruction instruction) {
		return org.ducha.proto.federation.v1.LeaderInstruction.newBuilder()
			.setLeader(Wire.text(instruction.leader()))
			.setDate((instruction.date() != null) ? instruction.date().toString() : "")
			.setText(Wire.text(instruction.text()))
			.setProposal(Wire.text(instruction.proposal()))
			.setUrgency(org.ducha.proto.federation.v1.Urgency.valueOf("URGENCY_" + instruction.urgency().name()))
			.build();
	}

	static LeaderInstruction fromWire(org.ducha.proto.federation.v1.LeaderInstruction instruction) {
		Urgency urgency = (instruction.getUrgency() == org.ducha.proto.federation.v1.Urgency.URGENCY_UNSPECIFIED)
				? Urgency.NORMAL : Wire.enumValue(Urgency.class, instruction.getUrgency().name(), "URGENCY_");
		return new LeaderInstruction(Wire.orNull(instruction.getLeader()),
				instruction.getDate().isEmpty() ? null : Wire.date(instruction.getDate()),
				Wire.orNull(instruction.getText()), Wire.orNull(instruction.getProposal()), urgency);
	}

	static org.ducha.proto.federation.v1.ResponsiblePerson toWire(ResponsiblePerson person) {
		return org.ducha.proto.federation.v1.ResponsiblePerson.newBuilder()
			.setName(Wire.text(person.name()))
			.setPost(Wire.text(person.post()))
			.setPhone(Wire.text(person.phone()))
			.setUnitCode(Wire.text(person.unitCode()))
			.build();
	}

	/** The person a unit named, or null when the event names none. */
	static ResponsiblePerson fromWire(org.ducha.proto.federation.v1.ResponsiblePerson person) {
		if (person.getName().isEmpty()) {
			return null;
		}
		return new ResponsiblePerson(person.getName(), Wire.orNull(person.getPost()), Wire.orNull(person.getPhone()),
				Wire.orNull(person.getUnitCode()));
	}

}
