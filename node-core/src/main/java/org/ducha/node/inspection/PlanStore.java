package org.ducha.node.inspection;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The inspection plans stored at this node, with their objects and teams.
 */
@Repository
class PlanStore {

	private static final String COLUMNS = "id, planning_node, planning_node_name, title, kind, methods, unannounced, "
			+ "starts_on, ends_on, basis_kind, basis_reference, basis_text, status, drafted_by, drafted_at, "
			+ "duplicate_reason, sent_back_reason, approved_by, approved_at, carried_out_at, closed_at, version";

	private final JdbcClient jdbc;

	PlanStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(InspectionPlan plan) {
		this.jdbc
			.sql("INSERT INTO inspection_plan (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
					+ "?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(values(plan))
			.update();
		writeParts(plan);
	}

	Optional<InspectionPlan> find(UUID id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM inspection_plan WHERE id = ?")
			.param(id.toString())
			.query(this::row)
			.optional();
	}

	/**
	 * Writes a step or a revision, unless another one committed since the plan was read.
	 * @throws OptimisticLockingFailureException when one did
	 */
	InspectionPlan update(InspectionPlan plan) {
		List<Object> values = new ArrayList<>(values(plan).subList(1, 21));
		values.add(plan.id().toString());
		values.add(plan.version());
		int updated = this.jdbc.sql("UPDATE inspection_plan SET planning_node = ?, planning_node_name = ?, "
				+ "title = ?, kind = ?, methods = ?, unannounced = ?, starts_on = ?, ends_on = ?, basis_kind = ?, "
				+ "basis_reference = ?, basis_text = ?, status = ?, drafted_by = ?, drafted_at = ?, "
				+ "duplicate_reason = ?, sent_back_reason = ?, approved_by = ?, approved_at = ?, carried_out_at = ?, "
				+ "closed_at = ?, version = version + 1 WHERE id = ? AND version = ?")
			.params(values)
			.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("Inspection plan " + plan.id() + " changed meanwhile");
		}
		writeParts(plan);
		return find(plan.id()).orElseThrow();
	}

	/** Plans with one of the statuses, the newest first. */
	List<InspectionPlan> page(Collection<PlanStatus> statuses, int limit, long offset) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM inspection_plan WHERE status IN (:statuses) "
					+ "ORDER BY starts_on DESC, drafted_at DESC, id LIMIT :limit OFFSET :offset")
			.param("statuses", names(statuses))
			.param("limit", limit)
			.param("offset", offset)
			.query(this::row)
			.list();
	}

	long count(Collection<PlanStatus> statuses) {
		return this.jdbc.sql("SELECT COUNT(*) FROM inspection_plan WHERE status IN (:statuses)")
			.param("statuses", names(statuses))
			.query(Long.class)
			.single();
	}

	/**
	 * The plans of one of the statuses that inspect one of the units (announced ones
	 * only, if asked).
	 */
	List<InspectionPlan> covering(Collection<String> unitCodes, Collection<PlanStatus> statuses,
			boolean announcedOnly) {
		if (unitCodes.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM inspection_plan p WHERE "
					+ (announcedOnly ? "p.unannounced = FALSE AND " : "")
					+ "p.status IN (:statuses) AND EXISTS (SELECT 1 FROM inspection_plan_object o "
					+ "WHERE o.plan_id = p.id AND o.unit_code IN (:units)) ORDER BY p.starts_on DESC, p.id")
			.param("statuses", names(statuses))
			.param("units", List.copyOf(unitCodes))
			.query(this::row)
			.list();
	}

	/**
	 * Revealed plans (announced, or carried out) of one of the statuses, for a re-sync:
	 * those planned inside the nodes (towards the parent) or those planned outside them
	 * that inspect a unit of one of them (towards a child), after a plan id.
	 */
	List<InspectionPlan> revealedForSubtree(Collection<String> nodes, boolean plannedInside,
			Collection<PlanStatus> statuses, String afterId, int limit) {
		if (nodes.isEmpty()) {
			return List.of();
		}
		String where = plannedInside ? "p.planning_node IN (:nodes)"
				: "p.planning_node NOT IN (:nodes) AND EXISTS (SELECT 1 FROM inspection_plan_object o "
						+ "WHERE o.plan_id = p.id AND SUBSTRING_INDEX(o.unit_code, ':', 1) IN (:nodes))";
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM inspection_plan p WHERE " + where + " AND p.status IN (:statuses) "
					+ "AND (p.unannounced = FALSE OR p.status IN ('CARRIED_OUT', 'CLOSED')) AND p.id > :after "
					+ "ORDER BY p.id LIMIT :limit")
			.param("nodes", List.copyOf(nodes))
			.param("statuses", names(statuses))
			.param("after", afterId)
			.param("limit", limit)
			.query(this::row)
			.list();
	}

	/** Locks a plan's row for a change by replication. */
	Optional<InspectionPlan> lock(UUID id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM inspection_plan WHERE id = ? FOR UPDATE")
			.param(id.toString())
			.query(this::row)
			.optional();
	}

	private static List<String> names(Collection<PlanStatus> statuses) {
		return statuses.stream().map(Enum::name).toList();
	}

	private void writeParts(InspectionPlan plan) {
		String id = plan.id().toString();
		this.jdbc.sql("DELETE FROM inspection_plan_object WHERE plan_id = ?").param(id).update();
		this.jdbc.sql("DELETE FROM inspection_plan_team WHERE plan_id = ?").param(id).update();
		List<PlanObject> objects = plan.content().objects();
		for (int i = 0; i < objects.size(); i++) {
			this.jdbc
				.sql("INSERT INTO inspection_plan_object (plan_id, position, unit_code, unit_name) VALUES (?, ?, ?, ?)")
				.params(id, i, objects.get(i).unitCode(), objects.get(i).unitName())
				.update();
		}
		List<String> team = plan.content().team();
		for (int i = 0; i < team.size(); i++) {
			this.jdbc.sql("INSERT INTO inspection_plan_team (plan_id, position, username) VALUES (?, ?, ?)")
				.params(id, i, team.get(i))
				.update();
		}
	}

	private List<PlanObject> objects(String id) {
		return this.jdbc
			.sql("SELECT unit_code, unit_name FROM inspection_plan_object WHERE plan_id = ? ORDER BY position")
			.param(id)
			.query((rs, row) -> new PlanObject(rs.getString("unit_code"), rs.getString("unit_name")))
			.list();
	}

	private List<String> team(String id) {
		return this.jdbc.sql("SELECT username FROM inspection_plan_team WHERE plan_id = ? ORDER BY position")
			.param(id)
			.query(String.class)
			.list();
	}

	private static List<Object> values(InspectionPlan p) {
		PlanContent c = p.content();
		List<Object> values = new ArrayList<>();
		values.add(p.id().toString());
		values.add(p.planningNode());
		values.add(p.planningNodeName());
		values.add(c.title());
		values.add(c.kind().name());
		values.add(c.methods().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
		values.add(c.unannounced());
		values.add(Date.valueOf(c.startsOn()));
		values.add(Date.valueOf(c.endsOn()));
		values.add(c.basis().kind().name());
		values.add(c.basis().reference());
		values.add(c.basis().text());
		values.add(p.status().name());
		values.add(p.draftedBy());
		values.add(timestamp(p.draftedAt()));
		values.add(p.duplicateReason());
		values.add(p.sentBackReason());
		values.add(p.approvedBy());
		values.add(timestamp(p.approvedAt()));
		values.add(timestamp(p.carriedOutAt()));
		values.add(timestamp(p.closedAt()));
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

	private InspectionPlan row(ResultSet rs, int row) throws SQLException {
		String id = rs.getString("id");
		Set<InspectionMethod> methods = EnumSet.noneOf(InspectionMethod.class);
		Arrays.stream(rs.getString("methods").split(","))
			.filter((name) -> !name.isEmpty())
			.forEach((name) -> methods.add(InspectionMethod.valueOf(name)));
		PlanContent content = new PlanContent(rs.getString("title"), PlanKind.valueOf(rs.getString("kind")), methods,
				rs.getDate("starts_on").toLocalDate(), rs.getDate("ends_on").toLocalDate(), objects(id), team(id),
				new PlanBasis(BasisKind.valueOf(rs.getString("basis_kind")), rs.getString("basis_reference"),
						rs.getString("basis_text")));
		return new InspectionPlan(UUID.fromString(id), rs.getString("planning_node"),
				rs.getString("planning_node_name"), content, PlanStatus.valueOf(rs.getString("status")),
				rs.getString("drafted_by"), instant(rs, "drafted_at"), rs.getString("duplicate_reason"),
				rs.getString("sent_back_reason"), rs.getString("approved_by"), instant(rs, "approved_at"),
				instant(rs, "carried_out_at"), instant(rs, "closed_at"), rs.getLong("version"));
	}

}
