package org.ducha.node.task;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/**
 * Tasks held at this node.
 */
interface TaskRepository extends ListCrudRepository<Task, String> {

	/** Tasks with an assignment to one of the given nodes, in id order from a key. */
	@Query("SELECT t.* FROM task t WHERE t.id >= :from AND EXISTS (SELECT 1 FROM assignment a "
			+ "WHERE a.task_id = t.id AND a.unit_node IN (:nodes)) ORDER BY t.id LIMIT :limit")
	List<Task> concerning(Collection<String> nodes, String from, int limit);

}
