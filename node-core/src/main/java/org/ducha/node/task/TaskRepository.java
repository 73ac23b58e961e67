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

	/** Issued tasks published to the public (民生实事公开), newest first. */
	@Query("SELECT t.* FROM task t WHERE t.published = TRUE AND t.status IN ('ISSUED', 'IN_PROGRESS', 'CLOSED') "
			+ "ORDER BY t.issued_at DESC, t.id LIMIT :limit OFFSET :offset")
	List<Task> published(int limit, long offset);

	@Query("SELECT COUNT(*) FROM task t WHERE t.published = TRUE AND t.status IN ('ISSUED', 'IN_PROGRESS', 'CLOSED')")
	long countPublished();

}
