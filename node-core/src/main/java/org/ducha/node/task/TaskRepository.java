package org.ducha.node.task;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/**
 * Tasks held at this node.
 */
interface TaskRepository extends ListCrudRepository<Task, String> {

	@Query("SELECT * FROM task ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset")
	List<Task> page(int limit, long offset);

	@Query("SELECT t.* FROM task t WHERE EXISTS (SELECT 1 FROM assignment a WHERE a.task_id = t.id "
			+ "AND a.unit_code = :unit) ORDER BY t.created_at DESC, t.id DESC LIMIT :limit OFFSET :offset")
	List<Task> pageForUnit(String unit, int limit, long offset);

	@Query("SELECT COUNT(*) FROM task t WHERE EXISTS (SELECT 1 FROM assignment a WHERE a.task_id = t.id "
			+ "AND a.unit_code = :unit)")
	long countForUnit(String unit);

	/** Tasks with an assignment to one of the given nodes, in id order from a key. */
	@Query("SELECT t.* FROM task t WHERE t.id >= :from AND EXISTS (SELECT 1 FROM assignment a "
			+ "WHERE a.task_id = t.id AND a.unit_node IN (:nodes)) ORDER BY t.id LIMIT :limit")
	List<Task> concerning(java.util.Collection<String> nodes, String from, int limit);

}
