package org.ducha.node.contribution;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/**
 * Contributions held at this node.
 */
interface ContributionRepository extends ListCrudRepository<Contribution, String> {

	/** A co-unit's contributions on its assignment, newest first. */
	List<Contribution> findByAssignmentIdOrderByContributedAtDesc(String assignmentId);

	/** The contributions passed on to a lead assignment, newest first. */
	List<Contribution> findByLeadAssignmentIdOrderByContributedAtDesc(String leadAssignmentId);

	/** The contributions of a task held here, oldest first. */
	List<Contribution> findByTaskIdOrderByContributedAtAsc(String taskId);

	/**
	 * Contributions by units of the given nodes on tasks issued outside them, after a
	 * key.
	 */
	@Query("SELECT c.* FROM contribution c JOIN task t ON t.id = c.task_id JOIN assignment a ON a.id = c.assignment_id "
			+ "WHERE a.unit_node IN (:nodes) AND t.issuing_node NOT IN (:nodes) AND c.id > :after ORDER BY c.id LIMIT :limit")
	List<Contribution> byNodesForIssuersOutside(Collection<String> nodes, String after, int limit);

	/**
	 * Contributions passed on to lead assignments of the given nodes on tasks issued
	 * outside them, after a key.
	 */
	@Query("SELECT c.* FROM contribution c JOIN task t ON t.id = c.task_id JOIN assignment l ON l.id = c.lead_assignment_id "
			+ "WHERE l.unit_node IN (:nodes) AND t.issuing_node NOT IN (:nodes) AND c.id > :after ORDER BY c.id LIMIT :limit")
	List<Contribution> forwardedIntoNodes(Collection<String> nodes, String after, int limit);

}
