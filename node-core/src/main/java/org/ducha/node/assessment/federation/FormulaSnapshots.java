package org.ducha.node.assessment.federation;

import java.util.List;

import org.ducha.node.assessment.Formula;
import org.ducha.node.assessment.Formulas;
import org.ducha.node.federation.SnapshotContributor;
import org.ducha.node.federation.SnapshotRecord;
import org.ducha.node.federation.wire.Wire;
import org.ducha.node.tree.Link;
import org.ducha.node.tree.PeerRole;
import org.ducha.proto.federation.v1.Channel;

import org.springframework.stereotype.Component;

/**
 * Re-sync of the reference channel towards a child: every formula version held, so that a
 * node that never followed the channel scores with the formula in force.
 */
@Component
class FormulaSnapshots implements SnapshotContributor {

	private final Formulas formulas;

	FormulaSnapshots(Formulas formulas) {
		this.formulas = formulas;
	}

	@Override
	public Channel channel() {
		return Channel.CHANNEL_REFERENCE;
	}

	@Override
	public String name() {
		return "assessment-formulas";
	}

	@Override
	public List<SnapshotRecord> read(Link peer, String afterKey, int limit) {
		if (peer.role() != PeerRole.CHILD) {
			return List.of();
		}
		return this.formulas.stored()
			.stream()
			.sorted((a, b) -> Long.compare(a.version(), b.version()))
			.filter((formula) -> key(formula).compareTo(afterKey) > 0)
			.limit(limit)
			.map((formula) -> new SnapshotRecord(key(formula), Wire.recordId("assessment-formula/" + formula.version()),
					formula.originNode(), peer.peer(), formula.setAt(), FormulaWire.formulaSet(formula)))
			.toList();
	}

	/** Zero-padded, so that keys sort as versions do. */
	private static String key(Formula formula) {
		return String.format("%019d", formula.version());
	}

}
