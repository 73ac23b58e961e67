package org.ducha.node.divisions;

import java.time.Instant;

import org.ducha.node.tree.Division;

/**
 * One division as the registry holds it, with the version of the change that set it.
 *
 * @param code six-digit division code
 * @param name its name
 * @param parentCode the division directly above it, null for the root
 * @param retired whether the code is retired (the division no longer exists)
 * @param version the registry version that set this record; 0 for the bundled data
 * @param reason why it was set
 * @param changedBy who set it
 * @param changedAt when
 * @param originNode the node where it was set (the province)
 */
public record DivisionRecord(String code, String name, String parentCode, boolean retired, long version, String reason,
		String changedBy, Instant changedAt, String originNode) {

	/** The division it describes, for the tree. */
	Division division() {
		return new Division(this.code, this.name, this.parentCode);
	}

}
