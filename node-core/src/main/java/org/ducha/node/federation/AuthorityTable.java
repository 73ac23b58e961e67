package org.ducha.node.federation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.google.protobuf.Descriptors.FieldDescriptor;

import org.ducha.node.tree.PeerRole;
import org.ducha.proto.federation.v1.Event;

import org.springframework.stereotype.Component;

/**
 * The protocol's authority table (docs/protocol.md §8), assembled from the rows the
 * handlers declare: one per event kind this version knows. The README prints it as
 * {@link #markdown()} writes it, and a test keeps the two equal.
 */
@Component
public class AuthorityTable {

	private final Map<Event.KindCase, Authority> rows = new EnumMap<>(Event.KindCase.class);

	AuthorityTable(List<EventHandler> handlers) {
		for (EventHandler handler : handlers) {
			Authority row = handler.authority();
			for (Direction direction : row.directions()) {
				PeerRole receiver = (direction == Direction.DOWN) ? PeerRole.CHILD : PeerRole.PARENT;
				if (!Channels.sentTo(receiver).contains(row.channel())) {
					throw new IllegalStateException(handler.kind() + " cannot travel " + direction + " on channel "
							+ Channels.key(row.channel()) + ", which does not flow that way");
				}
			}
			this.rows.put(handler.kind(), row);
		}
	}

	/** The row of a kind; empty for a kind this version does not know. */
	public Optional<Authority> of(Event.KindCase kind) {
		return Optional.ofNullable(this.rows.get(kind));
	}

	/** Every row, in the order the wire contract declares the kinds. */
	public Map<Event.KindCase, Authority> rows() {
		return Collections.unmodifiableMap(this.rows);
	}

	/** The kinds of the wire contract that have no row (a handler is missing). */
	public List<Event.KindCase> kindsWithoutRow() {
		return Arrays.stream(Event.KindCase.values())
			.filter((kind) -> kind != Event.KindCase.KIND_NOT_SET && !this.rows.containsKey(kind))
			.toList();
	}

	/** The table as the README prints it. */
	public String markdown() {
		List<String> lines = new ArrayList<>();
		lines.add("| event | channel | travels | originated by | an existing copy never changes |");
		lines.add("|---|---|---|---|---|");
		this.rows.forEach((kind,
				row) -> lines.add("| `" + messageName(kind) + "` | `" + Channels.key(row.channel()) + "` | "
						+ directions(row) + " | " + row.originator().description() + " | "
						+ (row.immutable().isEmpty() ? "—" : String.join("; ", row.immutable())) + " |"));
		return String.join("\n", lines) + "\n";
	}

	private static String directions(Authority row) {
		return row.directions().stream().sorted().map((d) -> d.name().toLowerCase()).collect(Collectors.joining(", "));
	}

	/** The event's message name on the wire, e.g. {@code TaskIssued}. */
	static String messageName(Event.KindCase kind) {
		FieldDescriptor field = Event.getDescriptor().findFieldByNumber(kind.getNumber());
		return (field != null) ? field.getMessageType().getName() : kind.name();
	}

}
