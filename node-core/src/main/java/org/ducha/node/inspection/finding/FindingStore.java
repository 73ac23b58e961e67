package org.ducha.node.inspection.finding;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The findings recorded at this node, with their evidence.
 */
@Repository
class FindingStore {

	private final JdbcClient jdbc;

	private final EvidenceStore evidence;

	FindingStore(JdbcClient jdbc, EvidenceStore evidence) {
		this.jdbc = jdbc;
		this.evidence = evidence;
	}

	void insert(Finding finding) {
		this.jdbc
			.sql("INSERT INTO inspection_finding (id, plan_id, content, recorded_by, recorded_at) "
					+ "VALUES (?, ?, ?, ?, ?)")
			.params(finding.id(), finding.planId(), finding.content(), finding.recordedBy(),
					Timestamp.from(finding.recordedAt()))
			.update();
		this.evidence.write(finding.id(), finding.evidence());
	}

	Optional<Finding> find(String id) {
		return this.jdbc
			.sql("SELECT id, plan_id, content, recorded_by, recorded_at FROM inspection_finding WHERE id = ?")
			.param(id)
			.query(this::row)
			.optional()
			.map(this::withEvidence);
	}

	/** A plan's findings, oldest first. */
	List<Finding> ofPlan(String planId) {
		return this.jdbc
			.sql("SELECT id, plan_id, content, recorded_by, recorded_at FROM inspection_finding WHERE plan_id = ? "
					+ "ORDER BY recorded_at, id")
			.param(planId)
			.query(this::row)
			.list()
			.stream()
			.map(this::withEvidence)
			.toList();
	}

	private Finding row(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Finding(rs.getString("id"), rs.getString("plan_id"), rs.getString("content"), List.of(),
				rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
	}

	private Finding withEvidence(Finding finding) {
		return new Finding(finding.id(), finding.planId(), finding.content(), this.evidence.of(finding.id()),
				finding.recordedBy(), finding.recordedAt());
	}

}
