package org.ducha.node.task;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One field a revision changed.
 *
 * @param field the field's name: {@code title}, {@code content}, {@code goal},
 * {@code basis} or {@code deadline}
 * @param from the value before, as text (null when empty)
 * @param to the value after, as text (null when empty)
 */
public record FieldChange(String field, String from, String to) {

	/** The revisable fields that differ between two versions of a task's content. */
	static List<FieldChange> between(TaskContent before, TaskContent after) {
		List<FieldChange> changes = new ArrayList<>();
		compare(changes, "title", before.title(), after.title());
		compare(changes, "content", before.content(), after.content());
		compare(changes, "goal", before.goal(), after.goal());
		compare(changes, "basis", before.basis(), after.basis());
		compare(changes, "deadline", before.deadline(), after.deadline());
		return List.copyOf(changes);
	}

	private static void compare(List<FieldChange> changes, String field, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			changes.add(new FieldChange(field, (before != null) ? before.toString() : null,
					(after != null) ? after.toString() : null));
		}
	}

	@Override
	public String toString() {
		return this.field + ": " + ((this.from != null) ? this.from : "—") + " → "
				+ ((this.to != null) ? this.to : "—");
	}

	/** An emptied field is no field: the empty text reads as null. */
	static String emptyToNull(String text) {
		return (text == null || text.isEmpty()) ? null : text;
	}

}
