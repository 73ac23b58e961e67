package org.ducha.node.accountability;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.ducha.node.people.ChargeRole;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The ladder proposals of this node, with the facts each rests on.
 */
@Repository
class ProposalStore {

	private static final String COLUMNS = "id, proposal_key, kind, status, unit_code, unit_name, person_role, "
			+ "person_id, person_name, person_fixed, reason, rectification_deadline, proposed_by, proposed_at, "
			+ "confirmed_by, confirmed_at, confirm_reason, declined_by, declined_at, decline_reason, approved_by, "
			+ "approved_at, step_id, version";

	private final JdbcClient jdbc;

	private final BasisStore basis;

	ProposalStore(JdbcClient jdbc, BasisStore basis) {
		this.jdbc = jdbc;
		this.basis = basis;
	}

	/**
	 * Stores a new proposal unless one with its key exists.
	 * @return whether it was stored
	 */
	boolean insertIfAbsent(Proposal proposal) {
		boolean stored = this.jdbc
			.sql("INSERT IGNORE INTO ladder_proposal (" + COLUMNS
					+ ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(values(proposal))
			.update() == 1;
		if (stored) {
			this.basis.write(proposal.id(), proposal.basis());
		}
		return stored;
	}

	boolean exists(String key) {
		return this.jdbc.sql("SELECT COUNT(*) FROM ladder_proposal WHERE proposal_key = ?")
			.param(key)
			.query(Long.class)
			.single() > 0;
	}

	Optional<Proposal> find(String id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM ladder_proposal WHERE id = ?")
			.param(id)
			.query(ProposalStore::row)
			.optional()
			.map(this::withBasis);
	}

	/**
	 * Writes a decision, unless another one committed since the proposal was read.
	 * @throws OptimisticLockingFailureException when one did
	 */
	Proposal update(Proposal proposal) {
		List<Object> values = new ArrayList<>(values(proposal).subList(3, 23));
		values.add(proposal.id());
		values.add(proposal.version());
		int updated = this.jdbc.sql("UPDATE ladder_proposal SET status = ?, unit_code = ?, unit_name = ?, "
				+ "person_role = ?, person_id = ?, person_name = ?, person_fixed = ?, reason = ?, "
				+ "rectification_deadline = ?, proposed_by = ?, proposed_at = ?, confirmed_by = ?, confirmed_at = ?, "
				+ "confirm_reason = ?, declined_by = ?, declined_at = ?, decline_reason = ?, approved_by = ?, "
				+ "approved_at = ?, step_id = ?, version = version + 1 WHERE id = ? AND version = ?")
			.params(values)
			.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("Proposal " + proposal.id() + " was decided meanwhile");
		}
		return find(proposal.id()).orElseThrow();
	}

	/** A page of proposals with one of the statuses, the newest first. */
	List<Proposal> page(Collection<ProposalStatus> statuses, int limit, long offset) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM ladder_proposal WHERE status IN (:statuses) "
					+ "ORDER BY proposed_at DESC, id DESC LIMIT :limit OFFSET :offset")
			.param("statuses", statuses.stream().map(Enum::name).toList())
			.param("limit", limit)
			.param("offset", offset)
			.query(ProposalStore::row)
			.list()
			.stream()
			.map(this::withBasis)
			.toList();
	}

	long count(Collection<ProposalStatus> statuses) {
		return this.jdbc.sql("SELECT COUNT(*) FROM ladder_proposal WHERE status IN (:statuses)")
			.param("statuses", statuses.stream().map(Enum::name).toList())
			.query(Long.class)
			.single();
	}

	private Proposal withBasis(Proposal proposal) {
		return new Proposal(proposal.id(), proposal.key(), proposal.kind(), proposal.status(), proposal.unitCode(),
				proposal.unitName(), proposal.role(), proposal.personId(), proposal.personName(),
				proposal.personFixed(), proposal.reason(), this.basis.of(proposal.id()),
				proposal.rectificationDeadline(), proposal.proposedBy(), proposal.proposedAt(), proposal.confirmedBy(),
				proposal.confirmedAt(), proposal.confirmReason(), proposal.declinedBy(), proposal.declinedAt(),
				proposal.declineReason(), proposal.approvedBy(), proposal.approvedAt(), proposal.stepId(),
				proposal.version());
	}

	private static List<Object> values(Proposal p) {
		List<Object> values = new ArrayList<>();
		values.add(p.id());
		values.add(p.key());
		values.add(p.kind().name());
		values.add(p.status().name());
		values.add(p.unitCode());
		values.add(p.unitName());
		values.add((p.role() != null) ? p.role().name() : null);
		values.add(p.personId());
		values.add(p.personName());
		values.add(p.personFixed());
		values.add(p.reason());
		values.add((p.rectificationDeadline() != null) ? Date.valueOf(p.rectificationDeadline()) : null);
		values.add(p.proposedBy());
		values.add(timestamp(p.proposedAt()));
		values.add(p.confirmedBy());
		values.add(timestamp(p.confirmedAt()));
		values.add(p.confirmReason());
		values.add(p.declinedBy());
		values.add(timestamp(p.declinedAt()));
		values.add(p.declineReason());
		values.add(p.approvedBy());
		values.add(timestamp(p.approvedAt()));
		values.add(p.stepId());
		values.add(p.version());
		return values;
	}

	private static Timestamp timestamp(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

	private static Proposal row(ResultSet rs, int row) throws SQLException {
		String role = rs.getString("person_role");
		Date deadline = rs.getDate("rectification_deadline");
		return new Proposal(rs.getString("id"), rs.getString("proposal_key"), StepKind.valueOf(rs.getString("kind")),
				ProposalStatus.valueOf(rs.getString("status")), rs.getString("unit_code"), rs.getString("unit_name"),
				(role != null) ? ChargeRole.valueOf(role) : null, rs.getString("person_id"),
				rs.getString("person_name"), rs.getBoolean("person_fixed"), rs.getString("reason"), List.of(),
				(deadline != null) ? deadline.toLocalDate() : null, rs.getString("proposed_by"),
				instant(rs, "proposed_at"), rs.getString("confirmed_by"), instant(rs, "confirmed_at"),
				rs.getString("confirm_reason"), rs.getString("declined_by"), instant(rs, "declined_at"),
				rs.getString("decline_reason"), rs.getString("approved_by"), instant(rs, "approved_at"),
				rs.getString("step_id"), rs.getLong("version"));
	}

}
