package org.ducha.node.api;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ducha.node.database.CollisionException;

import org.springframework.dao.ConcurrencyFailureException;

/**
 * What collided, in words a caller can act on: the record whose version moved on (Spring
 * Data JDBC names its table and id), or the operation that kept colliding with others.
 */
final class Collisions {

	/** Spring Data JDBC's message of a version that moved on. */
	private static final Pattern VERSIONED = Pattern
		.compile("versioned entity with id '([^']*)' \\(version '([^']*)'\\) in table \\[[`\"]?([\\w.]+?)[`\"]?\\]");

	private Collisions() {
	}

	static String describe(ConcurrencyFailureException failure) {
		if (failure instanceof CollisionException collision) {
			return collision.operation() + " collided with other changes at every attempt (a database deadlock or "
					+ "lock wait); nothing was written";
		}
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			Matcher matcher = VERSIONED.matcher(String.valueOf(cause.getMessage()));
			if (matcher.find()) {
				return "Someone changed " + matcher.group(3).replace('_', ' ') + " " + matcher.group(1)
						+ " at the same time (it is no longer at version " + matcher.group(2)
						+ "); nothing was written";
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return "Someone changed this record at the same time; nothing was written";
	}

}
