package org.ducha.node.priority.federation;

import java.util.UUID;

import org.ducha.node.federation.MalformedEventException;
import org.ducha.node.federation.wire.Wire;
import org.ducha.node.priority.AnnualPriorities;
import org.ducha.node.priority.PriorityItem;
import org.ducha.node.priority.PriorityStatus;
import org.ducha.proto.federation.v1.AnnualPrioritiesApproved;
import org.ducha.proto.federation.v1.Event;

/**
 * Approved priorities to and from their wire form, for live events and re-sync records
 * alike: without drafter or approver, who stay at the node.
 */
final class PrioritiesWire {

	private PrioritiesWire() {
	}

	static Event approved(AnnualPriorities p) {
		AnnualPrioritiesApproved.Builder approved = AnnualPrioritiesApproved.newBuilder()
			.setPrioritiesId(p.id().toString())
			.setNodeCode(p.nodeCode())
			.setNodeName(p.nodeName())
			.setYear(p.year())
			.setApprovedAt(Wire.timestamp(p.approvedAt()));
		for (PriorityItem item : p.items()) {
			approved.addItems(org.ducha.proto.federation.v1.PriorityItem.newBuilder()
				.setItemId(item.id().toString())
				.setTitle(item.title())
				.setDescription(Wire.text(item.description())));
		}
		return Event.newBuilder().setAnnualPrioritiesApproved(approved).build();
	}

	/**
	 * The priorities a wire event states, as a copy without people.
	 * @throws MalformedEventException when a field is missing or unreadable
	 */
	static AnnualPriorities priorities(AnnualPrioritiesApproved approved) {
		UUID id = UUID.fromString(Wire.uuid(approved.getPrioritiesId(), "priorities"));
		if (approved.getNodeCode().isEmpty() || approved.getItemsCount() == 0 || !approved.hasApprovedAt()
				|| approved.getYear() < 2000 || approved.getYear() > 2100) {
			throw new MalformedEventException(
					"priorities " + id + " lack their node, a year between 2000 and 2100, items or approval time");
		}
		var items = approved.getItemsList().stream().map((item) -> {
			if (item.getTitle().isBlank()) {
				throw new MalformedEventException("priorities " + id + " have an item without a title");
			}
			return new PriorityItem(UUID.fromString(Wire.uuid(item.getItemId(), "priority item")), item.getTitle(),
					item.getDescription());
		}).toList();
		return new AnnualPriorities(id, approved.getNodeCode(),
				approved.getNodeName().isEmpty() ? approved.getNodeCode() : approved.getNodeName(), approved.getYear(),
				items, PriorityStatus.APPROVED, null, Wire.instant(approved.getApprovedAt()), null, null,
				Wire.instant(approved.getApprovedAt()), 0);
	}

}
