package org.ducha.node.federation;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.ducha.node.priority.AnnualPriorities;
import org.ducha.node.priority.Prioritizing;
import org.ducha.node.priority.PriorityItem;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;
import org.ducha.node.testing.TestNode;
import org.ducha.proto.federation.v1.AnnualPrioritiesApproved;
import org.ducha.proto.federation.v1.Channel;
import org.ducha.proto.federation.v1.Event;

import static org.ducha.node.federation.HostileWorld.sent;

/**
 * The cases of annual priorities: approved priorities travel down only, on the reference
 * channel, from their own node; a child can neither originate priorities upward nor state
 * them in a parent's name, and a copy's items never change. Each the allowed way, and
 * each forbidden one.
 */
final class HostilePriorityCases {

	private HostilePriorityCases() {
	}

	static List<HostileCase> of(HostileWorld w) {
		Channel reference = Channel.CHANNEL_REFERENCE;
		String approved = approved(w.city);
		AnnualPrioritiesApproved city = sent(w.city, "441704", Event.KindCase.ANNUAL_PRIORITIES_APPROVED,
				(event) -> event.getAnnualPrioritiesApproved().getPrioritiesId().equals(approved))
			.getAnnualPrioritiesApproved();
		AnnualPrioritiesApproved county = city.toBuilder()
			.setPrioritiesId(UUID.randomUUID().toString())
			.setNodeCode("441704")
			.setNodeName("阳东区")
			.build();
		return List.of(
				// AnnualPrioritiesApproved: down only, from their node
				w.applied("the city restates its priorities to the county", w.city, reference, "441704",
						event(city.toBuilder())),
				w.quarantined("the county states its priorities upward", w.county, Channel.CHANNEL_REPORT, "441700",
						event(county.toBuilder()), "AnnualPrioritiesApproved travels on the reference channel"),
				w.quarantined("the county states priorities in the province's name", w.county, Channel.CHANNEL_ALERT,
						"440000",
						event(county.toBuilder().setPrioritiesId(UUID.randomUUID().toString()).setNodeCode("440000")),
						"AnnualPrioritiesApproved travels on the reference channel"),
				w.quarantined("the city states priorities in the province's name", w.city, reference, "441704",
						event(city.toBuilder().setPrioritiesId(UUID.randomUUID().toString()).setNodeCode("440000")),
						"is originated by the priorities' node, node 440000, not by node 441700"),
				// approved priorities never change
				w.quarantined("the city restates its priorities with another item", w.city, reference, "441704",
						event(city.toBuilder().setItems(0, city.getItems(0).toBuilder().setTitle("改过的重点"))),
						"stated again with other facts"));
	}

	/**
	 * Priorities drafted, submitted and approved at a node by its own people; their id.
	 */
	private static String approved(TestNode node) {
		Prioritizing prioritizing = node.bean(Prioritizing.class);
		Actor supervisor = new Actor("sup-" + node.code(), "督查员", node.code(), node.code(), Set.of(Role.SUPERVISOR));
		Actor leader = new Actor("leader-" + node.code(), "领导", node.code(), node.code(), Set.of(Role.LEADER));
		AnnualPriorities drafted = prioritizing.draft(2031,
				List.of(new PriorityItem(null, "防汛备汛", "汛前隐患排查"), new PriorityItem(null, "民生实事", "")), supervisor);
		prioritizing.submit(drafted.id(), supervisor);
		prioritizing.approve(drafted.id(), leader);
		return drafted.id().toString();
	}

	private static Event event(AnnualPrioritiesApproved.Builder approved) {
		return Event.newBuilder().setAnnualPrioritiesApproved(approved).build();
	}

}
