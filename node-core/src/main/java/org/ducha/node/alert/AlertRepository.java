package org.ducha.node.alert;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/**
 * Alerts held at this node: raised here, addressed here, or passing through.
 */
interface AlertRepository extends ListCrudRepository<Alert, String> {

	/**
	 * What a search matches: a unit's alerts (or all when unit is null) and the filters.
	 */
	String MATCHES = "(:unit IS NULL OR from_unit = :unit OR to_unit = :unit OR (to_unit IS NULL AND to_node = :unit)) "
			+ "AND (:direction IS NULL OR direction = :direction) AND (:kind IS NULL OR kind = :kind) "
			+ "AND (:status IS NULL OR status = :status) AND (:taskId IS NULL OR task_id = :taskId)";

	@Query("SELECT * FROM alert WHERE " + MATCHES + " ORDER BY raised_at DESC, id DESC LIMIT :limit OFFSET :offset")
	List<Alert> search(String unit, String direction, String kind, String status, String taskId, int limit,
			long offset);

	@Query("SELECT COUNT(*) FROM alert WHERE " + MATCHES)
	long countMatching(String unit, String direction, String kind, String status, String taskId);

	/** Alerts addressed to a node still OPEN, raised before an instant (escalation). */
	@Query("SELECT * FROM alert WHERE to_node = :node AND status = 'OPEN' AND raised_at < :before "
			+ "ORDER BY raised_at, id")
	List<Alert> openTo(String node, Instant before);

	/** The written coordination reports filed on an assignment, oldest first. */
	@Query("SELECT * FROM alert WHERE assignment_id = :assignmentId AND kind = 'COORDINATION_REQUEST' "
			+ "AND coordination_process IS NOT NULL ORDER BY raised_at, id")
	List<Alert> coordinationReports(String assignmentId);

	/**
	 * Alerts raised by the given nodes to nodes outside them, after a key (re-sync up).
	 */
	@Query("SELECT * FROM alert WHERE from_node IN (:inside) AND to_node NOT IN (:inside) AND id > :after "
			+ "ORDER BY id LIMIT :limit")
	List<Alert> raisedFromTo(Collection<String> inside, String after, int limit);

	/**
	 * Alerts raised outside the given nodes to one of them, after a key (re-sync down).
	 */
	@Query("SELECT * FROM alert WHERE to_node IN (:inside) AND from_node NOT IN (:inside) AND id > :after "
			+ "ORDER BY id LIMIT :limit")
	List<Alert> raisedInto(Collection<String> inside, String after, int limit);

}
