package org.ducha.node.federation;

import java.util.function.Function;

import org.ducha.proto.federation.v1.Event;

/**
 * Who may originate the events of one kind (docs/protocol.md §8): a rule on the event and
 * the tree alone, so that every node an entry passes checks it, a relay that keeps no
 * copy of the fact too. The entry's origin must be the node the rule names; the envelope
 * check then places that origin in the sending child's subtree, or outside this node's
 * subtree when the parent sends (docs/protocol.md §7.1).
 */
public final class Originator {

	private final String description;

	private final Rule rule;

	private Originator(String description, Rule rule) {
		this.description = description;
		this.rule = rule;
	}

	/**
	 * The node an event names, e.g. a task's issuing node.
	 * @param description who that is, for the authority table ("the task's issuing node")
	 * @param node reads the node's code from the event
	 */
	public static Originator namedBy(String description, Function<Event, String> node) {
		return new Originator(description, (event, root) -> node.apply(event));
	}

	/** The root of the tree (the province): the node above which there is none. */
	public static Originator root() {
		return new Originator("the root node (the province)", (event, root) -> root);
	}

	/** Who may originate such an event, as the authority table prints it. */
	public String description() {
		return this.description;
	}

	/**
	 * The only node that may originate an event.
	 * @param event the event
	 * @param root the root of the tree as this node knows it
	 */
	public String requiredOrigin(Event event, String root) {
		return this.rule.origin(event, root);
	}

	@Override
	public String toString() {
		return this.description;
	}

	@FunctionalInterface
	private interface Rule {

		String origin(Event event, String root);

	}

}
