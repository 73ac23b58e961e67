package org.ducha.node.divisions.federation;

import org.ducha.node.NodeIdentity;
import org.ducha.node.divisions.DivisionRecord;
import org.ducha.node.federation.MalformedEventException;
import org.ducha.node.federation.wire.Wire;
import org.ducha.proto.federation.v1.DivisionSet;
import org.ducha.proto.federation.v1.Event;

/**
 * A division's record to its wire event and back, for live events and re-sync records
 * alike.
 */
final class DivisionWire {

	private DivisionWire() {
	}

	static Event divisionSet(DivisionRecord record) {
		return Event.newBuilder()
			.setDivisionSet(DivisionSet.newBuilder()
				.setCode(record.code())
				.setName(record.name())
				.setParentCode(Wire.text(record.parentCode()))
				.setRetired(record.retired())
				.setVersion(record.version())
				.setReason(Wire.text(record.reason()))
				.setChangedBy(Wire.text(record.changedBy()))
				.setChangedAt(Wire.timestamp(record.changedAt())))
			.build();
	}

	/**
	 * @throws MalformedEventException when a code, the name or the version is missing
	 */
	static DivisionRecord record(DivisionSet set, String originNode) {
		if (!NodeIdentity.isNodeCode(set.getCode()) || set.getName().isBlank() || set.getVersion() == 0
				|| !NodeIdentity.isNodeCode(set.getParentCode())) {
			throw new MalformedEventException("a division record of '" + set.getCode() + "' under '"
					+ set.getParentCode() + "' named '" + set.getName() + "', version " + set.getVersion());
		}
		return new DivisionRecord(set.getCode(), set.getName(), set.getParentCode(), set.getRetired(), set.getVersion(),
				set.getReason(), set.getChangedBy(), Wire.instant(set.getChangedAt()), originNode);
	}

}
