package org.ducha.node.task;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.repository.ListCrudRepository;

/**
 * Assignments held at this node.
 */
interface AssignmentRepository extends ListCrudRepository<Assignment, String> {

	List<Assignment> findByTaskIdOrderById(String taskId);

	List<Assignment> findByTaskIdInOrderById(Collection<String> taskIds);

	/** The task of an assignment, if that task was issued by the given node. */
	@Query("SELECT a.task_id FROM assignment a JOIN task t ON t.id = a.task_id "
			+ "WHERE a.id = :assignmentId AND t.issuing_node = :node")
	Optional<String> taskIssuedBy(String assignmentId, String node);

	/** Which of the given assignments are held here. */
	@Query("SELECT id FROM assignment WHERE id IN (:ids)")
	List<String> heldAmong(Collection<String> ids);

	/**
	 * The given assignments, locked until the transaction ends (one query for a batch).
	 */
	@Lock(LockMode.PESSIMISTIC_WRITE)
	List<Assignment> findByIdIn(Collection<String> ids);

	/** Counts saves folded into one write in the optimistic version. */
	@Modifying
	@Query("UPDATE assignment SET version = version + :saves WHERE id = :id")
	void countSaves(String id, int saves);

	/**
	 * Signed assignments of the given nodes on tasks issued outside them, after a key.
	 */
	@Query("SELECT a.* FROM assignment a JOIN task t ON t.id = a.task_id WHERE a.unit_node IN (:nodes) "
			+ "AND t.issuing_node NOT IN (:nodes) AND a.signed_at IS NOT NULL AND a.id > :after ORDER BY a.id LIMIT :limit")
	List<Assignment> signedForIssuersOutside(Collection<String> nodes, String after, int limit);

}
