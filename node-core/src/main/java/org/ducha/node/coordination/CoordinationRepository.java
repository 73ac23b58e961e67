package org.ducha.node.coordination;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/**
 * Coordination attempts held at this node: the lead unit's and the copies on the way to
 * the issuer.
 */
interface CoordinationRepository extends ListCrudRepository<Coordination, String> {

	@Query("SELECT * FROM coordination WHERE assignment_id = :assignmentId "
			+ "ORDER BY coordinated_on, recorded_at, id")
	List<Coordination> ofAssignment(String assignmentId);

	/** Attempts by units of the given nodes on tasks issued outside them, after a key. */
	@Query("SELECT c.* FROM coordination c JOIN task t ON t.id = c.task_id JOIN assignment a ON a.id = c.assignment_id "
			+ "WHERE a.unit_node IN (:nodes) AND t.issuing_node NOT IN (:nodes) AND c.id > :after ORDER BY c.id "
			+ "LIMIT :limit")
	List<Coordination> byNodesForIssuersOutside(Collection<String> nodes, String after, int limit);

}
