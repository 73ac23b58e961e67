package org.ducha.node.task;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/**
 * Tasks held at this node.
 */
interface TaskRepository extends ListCrudRepository<Task, String> {

	@Query("SELECT * FROM task WHERE status IN (:statuses) ORDER BY created_at DESC, id DESC "
			+ "LIMIT :limit OFFSET :offset")
	List<Task> page(Collection<String> statuses, int limit, long offset);

	@Query("SELECT COUNT(*) FROM task WHERE status IN (:statuses)")
	long countWithStatus(Collection<String> statuses);

	@Query("SELECT t.* FROM task t WHERE t.status IN (:statuses) AND EXISTS (SELECT 1 FROM assignment a "
			+ "WHERE a.task_id = t.id AND a.unit_code = :unit) ORDER BY t.created_at DESC, t.id DESC "
			+ "LIMIT :limit OFFSET :offset")
	List<Task> pageForUnit(String unit, Collection<String> statuses, int limit, long offset);

	@Query("SELECT COUNT(*) FROM task t WHERE t.status IN (:statuses) AND EXISTS (SELECT 1 FROM assignment a "
			+ "WHERE a.task_id = t.id AND a.unit_code = :unit)")
	long countForUnit(String unit, Collection<String> statuses);

	/** Tasks with an assignment to one of the given nodes, in id order from a key. */
	@Query("SELECT t.* FROM task t WHERE t.id >= :from AND EXISTS (SELECT 1 FROM assignment a "
			+ "WHERE a.task_id = t.id AND a.unit_node IN (:nodes)) ORDER BY t.id LIMIT :limit")
	List<Task> concerning(Collection<String> nodes, String from, int limit);

}
