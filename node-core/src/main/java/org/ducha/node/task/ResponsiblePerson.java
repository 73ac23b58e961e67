package org.ducha.node.task;

import org.ducha.node.unit.Unit;

/**
 * The person who answers for an assignment within its unit (责任人), as the unit states
 * them: a name, a post and a phone, and the unit they belong to. Users of a unit are kept
 * in the identity provider, which a county cannot query, so the unit's own statement is
 * what the system holds; what it can check is the unit.
 *
 * @param name the person's name
 * @param post their post (职务); null when not stated
 * @param phone a phone to reach them; null when not stated
 * @param unitCode the unit they belong to
 */
public record ResponsiblePerson(String name, String post, String phone, String unitCode) {

	/** Field limits, as the table holds them. */
	static final int MAX_NAME = 64;

	static final int MAX_PHONE = 32;

	/**
	 * Whether the person belongs to an assigned unit: its own people, or for a government
	 * (a unit that is a node), the people of its departments.
	 */
	public boolean belongsTo(String assignedUnit) {
		if (this.unitCode == null) {
			return false;
		}
		return this.unitCode.equals(assignedUnit)
				|| (!assignedUnit.contains(":") && Unit.nodeOf(this.unitCode).equals(assignedUnit));
	}

	/** The same person, of the assigned unit when they name no unit. */
	ResponsiblePerson ofUnitIfUnnamed(String assignedUnit) {
		return (this.unitCode != null) ? this : new ResponsiblePerson(this.name, this.post, this.phone, assignedUnit);
	}

	/** In one line, e.g. {@code 张三（副局长，0662-3360000）}. */
	public String describe() {
		StringBuilder text = new StringBuilder(this.name);
		if (this.post != null || this.phone != null) {
			text.append('（')
				.append(String.join("，",
						java.util.stream.Stream.of(this.post, this.phone).filter(java.util.Objects::nonNull).toList()))
				.append('）');
		}
		return text.toString();
	}

}
