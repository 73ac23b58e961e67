package org.ducha.node.federation;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.ducha.proto.federation.v1.Channel;

/**
 * One row of the protocol's authority table (docs/protocol.md §8): the channel the events
 * of a kind travel on, the directions they may cross a hop, who may originate them, and
 * what a copy that already exists never takes from a later event. Every node an entry
 * passes checks the first three before it applies or forwards anything; the handler,
 * where a copy exists, checks the last.
 *
 * @param channel the only channel the kind travels on
 * @param directions the ways it may cross a hop
 * @param originator who may originate it
 * @param immutable what an existing copy never changes, in words for the table
 */
public record Authority(Channel channel, Set<Direction> directions, Originator originator, List<String> immutable) {

	public Authority {
		if (directions.isEmpty()) {
			throw new IllegalArgumentException("An event kind travels at least one way");
		}
		directions = Set.copyOf(EnumSet.copyOf(directions));
		immutable = List.copyOf(immutable);
	}

	/** Events that only travel down, from parents into their children. */
	public static Authority down(Channel channel, Originator originator, String... immutable) {
		return new Authority(channel, EnumSet.of(Direction.DOWN), originator, List.of(immutable));
	}

	/** Events that only travel up, from children to their parents. */
	public static Authority up(Channel channel, Originator originator, String... immutable) {
		return new Authority(channel, EnumSet.of(Direction.UP), originator, List.of(immutable));
	}

	/** Events that travel either way (up to a meeting node, then down). */
	public static Authority bothWays(Channel channel, Originator originator, String... immutable) {
		return new Authority(channel, EnumSet.allOf(Direction.class), originator, List.of(immutable));
	}

	/** Whether an entry may cross a hop this way. */
	public boolean allows(Direction direction) {
		return this.directions.contains(direction);
	}

}
