package org.ducha.node.inspection.finding;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The verifications asked for assignments' completion requests at this node.
 */
@Repository
class CompletionVerificationStore {

	private final JdbcClient jdbc;

	CompletionVerificationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void ask(CompletionVerification asked) {
		this.jdbc
			.sql("INSERT INTO completion_verification (assignment_id, lifecycle_step, asked_by, asked_at) "
					+ "VALUES (?, ?, ?, ?)")
			.params(asked.assignmentId(), asked.lifecycleStep(), asked.askedBy(), Timestamp.from(asked.askedAt()))
			.update();
	}

	void record(CompletionVerification recorded) {
		this.jdbc
			.sql("UPDATE completion_verification SET confirmed = ?, notes = ?, verified_by = ?, verified_at = ? "
					+ "WHERE assignment_id = ? AND lifecycle_step = ?")
			.params(recorded.confirmed(), recorded.notes(), recorded.verifiedBy(),
					Timestamp.from(recorded.verifiedAt()), recorded.assignmentId(), recorded.lifecycleStep())
			.update();
	}

	Optional<CompletionVerification> find(String assignmentId, long lifecycleStep) {
		return this.jdbc
			.sql("SELECT * FROM completion_verification WHERE assignment_id = ? AND lifecycle_step = ? FOR UPDATE")
			.params(assignmentId, lifecycleStep)
			.query(this::row)
			.optional();
	}

	/** The latest verification asked for an assignment. */
	Optional<CompletionVerification> latest(String assignmentId) {
		return this.jdbc
			.sql("SELECT * FROM completion_verification WHERE assignment_id = ? ORDER BY lifecycle_step DESC LIMIT 1")
			.param(assignmentId)
			.query(this::row)
			.optional();
	}

	private CompletionVerification row(ResultSet rs, int row) throws SQLException {
		Timestamp verifiedAt = rs.getTimestamp("verified_at");
		boolean confirmed = rs.getBoolean("confirmed");
		Boolean outcome = rs.wasNull() ? null : confirmed;
		return new CompletionVerification(rs.getString("assignment_id"), rs.getLong("lifecycle_step"),
				rs.getString("asked_by"), rs.getTimestamp("asked_at").toInstant(), outcome, rs.getString("notes"),
				rs.getString("verified_by"), (verifiedAt != null) ? verifiedAt.toInstant() : null);
	}

}
