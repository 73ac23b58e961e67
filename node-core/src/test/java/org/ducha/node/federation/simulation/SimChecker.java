package org.ducha.node.federation.simulation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ducha.node.federation.simulation.SimProbe.Applied;

/**
 * The invariants a run must keep: every delivery applied exactly once at every node on
 * its path (relays and destination), nowhere else, and in its origin's order; nothing
 * quarantined (every delivery of the workload is within its origin's authority); the
 * business data of a county never holds another county's.
 */
final class SimChecker {

	private final SimNetwork network;

	SimChecker(SimNetwork network) {
		this.network = network;
	}

	/** A delivery as its origin wrote it: its first hop's log position orders it. */
	record Origin(String origin, String eventId, String destination, String channel, String firstHop, long seq) {
	}

	private int deliveries;

	private int applied;

	/** How many deliveries the nodes sent (after {@link #violations()}). */
	int deliveries() {
		return this.deliveries;
	}

	/**
	 * How many times a node applied a delivery, relays included (after
	 * {@link #violations()}).
	 */
	int applied() {
		return this.applied;
	}

	/** Every violation found, empty when the run kept every invariant. */
	List<String> violations() {
		List<String> violations = new ArrayList<>();
		Map<String, Origin> born = new HashMap<>();
		for (SimNode node : this.network.nodes) {
			node.jdbc()
				.sql("SELECT event_id, destination_node, channel, peer_code, seq FROM fed_outbound_entry "
						+ "WHERE origin_node = ?")
				.param(node.code())
				.query((rs, row) -> new Origin(node.code(), rs.getString("event_id"), rs.getString("destination_node"),
						rs.getString("channel"), rs.getString("peer_code"), rs.getLong("seq")))
				.list()
				.forEach((origin) -> born.put(key(origin.origin(), origin.eventId()), origin));
		}
		this.deliveries = born.size();
		this.applied = 0;
		for (SimNode node : this.network.nodes) {
			this.applied += node.probe().applied().size();
			checkNode(node, born, violations);
			long quarantined = node.jdbc().sql("SELECT COUNT(*) FROM fed_quarantine").query(Long.class).single();
			if (quarantined > 0) {
				violations
					.add(node + " quarantined " + quarantined + " entries that their origins had the right to send");
			}
		}
		checkIsolation(violations);
		return violations;
	}

	private void checkNode(SimNode node, Map<String, Origin> born, List<String> violations) {
		Set<String> expected = new HashSet<>();
		for (Origin origin : born.values()) {
			if (path(origin.origin(), origin.destination()).contains(node.code())) {
				expected.add(key(origin.origin(), origin.eventId()));
			}
		}
		Map<String, Integer> applied = new LinkedHashMap<>();
		Map<String, Long> lastSeq = new HashMap<>();
		for (Applied delivery : node.probe().applied()) {
			String key = key(delivery.origin(), delivery.eventId());
			applied.merge(key, 1, Integer::sum);
			Origin origin = born.get(key);
			if (origin == null) {
				violations.add(node + " applied " + key + " which no node ever sent");
				continue;
			}
			if (!expected.contains(key)) {
				violations.add(node + " applied " + key + " (" + origin.origin() + " → " + origin.destination()
						+ ") which does not belong there");
			}
			String stream = origin.origin() + "/" + origin.channel();
			Long previous = lastSeq.put(stream, origin.seq());
			if (previous != null && previous >= origin.seq()) {
				violations.add(node + " applied " + stream + " entry " + origin.seq() + " after entry " + previous
						+ ": origin order broken");
			}
		}
		applied.forEach((key, times) -> {
			if (times > 1) {
				violations.add(node + " applied " + key + " " + times + " times");
			}
		});
		for (String key : expected) {
			if (!applied.containsKey(key)) {
				Origin origin = born.get(key);
				violations.add(node + " never applied " + key + " (" + origin.origin() + " → " + origin.destination()
						+ " on " + origin.channel() + ")");
			}
		}
		Set<String> recorded = new HashSet<>(node.jdbc()
			.sql("SELECT CONCAT(origin_node, '/', event_id) FROM fed_applied_event")
			.query(String.class)
			.list());
		if (!recorded.equals(expected)) {
			violations.add(node + " recorded " + recorded.size() + " applied deliveries, expected " + expected.size());
		}
	}

	/**
	 * A county holds its own assignments and alerts only; the city nothing outside its
	 * subtree.
	 */
	private void checkIsolation(List<String> violations) {
		for (SimNode node : this.network.nodes) {
			if (!node.code().equals("441702") && !node.code().equals("441704")) {
				continue;
			}
			long foreignAssignments = node.jdbc()
				.sql("SELECT COUNT(*) FROM assignment WHERE unit_node <> ?")
				.param(node.code())
				.query(Long.class)
				.single();
			long foreignAlerts = node.jdbc()
				.sql("SELECT COUNT(*) FROM alert WHERE from_node <> ? AND to_node <> ?")
				.params(node.code(), node.code())
				.query(Long.class)
				.single();
			if (foreignAssignments > 0 || foreignAlerts > 0) {
				violations.add(node + " holds " + foreignAssignments + " assignments and " + foreignAlerts
						+ " alerts of other nodes");
			}
		}
	}

	/**
	 * The nodes a delivery passes from its origin (excluded) to its destination
	 * (included).
	 */
	List<String> path(String origin, String destination) {
		List<String> up = ancestorsOrSelf(origin);
		List<String> down = ancestorsOrSelf(destination);
		String meeting = up.stream().filter(down::contains).findFirst().orElseThrow();
		List<String> path = new ArrayList<>(up.subList(1, up.indexOf(meeting) + 1));
		List<String> descent = new ArrayList<>(down.subList(0, down.indexOf(meeting)));
		java.util.Collections.reverse(descent);
		path.addAll(descent);
		path.remove(origin);
		return path;
	}

	private List<String> ancestorsOrSelf(String code) {
		List<String> chain = new ArrayList<>();
		String current = code;
		while (current != null) {
			chain.add(current);
			current = this.network.node(current).parentCode().orElse(null);
		}
		return chain;
	}

	private static String key(String origin, String eventId) {
		return origin + "/" + eventId;
	}

}
