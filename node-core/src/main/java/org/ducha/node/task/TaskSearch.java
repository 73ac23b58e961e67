package org.ducha.node.task;

import java.sql.Date;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The task list's query with its filters: one page of ids in the list's order and their
 * count, then the tasks themselves.
 */
@Component
class TaskSearch {

	/**
	 * A task's light is its worst open lead assignment's (docs/business-rules.md §6.8),
	 * or where no lead unit's assignment is held (a co-unit's node), its worst open
	 * one's.
	 */
	private static final String OPEN = "a.status NOT IN ('COMPLETED', 'RETURNED') AND (a.role = 'LEAD' OR NOT EXISTS "
			+ "(SELECT 1 FROM assignment l WHERE l.task_id = a.task_id AND l.role = 'LEAD'))";

	private final JdbcClient jdbc;

	private final TaskRepository tasks;

	TaskSearch(JdbcClient jdbc, TaskRepository tasks) {
		this.jdbc = jdbc;
		this.tasks = tasks;
	}

	/**
	 * @param statuses the statuses the caller may see (already narrowed by the filter's)
	 * @param scope the tasks the caller sees
	 */
	List<Task> page(Collection<String> statuses, Scope scope, TaskFilter filter, int limit, long offset) {
		Query query = where(statuses, scope, filter);
		List<String> ids = this.jdbc
			.sql("SELECT t.id FROM task t" + query.sql
					+ " ORDER BY t.created_at DESC, t.id DESC LIMIT :limit OFFSET :offset")
			.params(query.params)
			.param("limit", limit)
			.param("offset", offset)
			.query(String.class)
			.list();
		Map<String, Task> byId = this.tasks.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(Task::getId, Function.identity()));
		return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
	}

	long count(Collection<String> statuses, Scope scope, TaskFilter filter) {
		Query query = where(statuses, scope, filter);
		return this.jdbc.sql("SELECT COUNT(*) FROM task t" + query.sql).params(query.params).query(Long.class).single();
	}

	private static Query where(Collection<String> statuses, Scope scope, TaskFilter filter) {
		StringBuilder sql = new StringBuilder(" WHERE t.status IN (:statuses)");
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("statuses", statuses);
		if (scope.unit() != null) {
			sql.append(" AND EXISTS (SELECT 1 FROM assignment a WHERE a.task_id = t.id AND a.unit_code = :unit)");
			params.put("unit", scope.unit());
		}
		if (scope.taskIds() != null) {
			sql.append(" AND t.id IN (:taskIds)");
			params.put("taskIds", scope.taskIds());
		}
		if (filter.source() != null) {
			sql.append(" AND t.source = :source");
			params.put("source", filter.source().name());
		}
		if (filter.unitCode() != null) {
			sql.append(" AND EXISTS (SELECT 1 FROM assignment a WHERE a.task_id = t.id AND a.unit_code = :assignee)");
			params.put("assignee", filter.unitCode());
		}
		if (filter.text() != null) {
			sql.append(" AND (t.title LIKE :text ESCAPE '!' OR t.number LIKE :text ESCAPE '!')");
			params.put("text", "%" + filter.text().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
		}
		if (filter.deadlineFrom() != null) {
			sql.append(" AND t.deadline >= :deadlineFrom");
			params.put("deadlineFrom", Date.valueOf(filter.deadlineFrom()));
		}
		if (filter.deadlineTo() != null) {
			sql.append(" AND t.deadline <= :deadlineTo");
			params.put("deadlineTo", Date.valueOf(filter.deadlineTo()));
		}
		if (filter.light() != null) {
			List<String> worse = worseThan(filter.light());
			sql.append(" AND EXISTS (SELECT 1 FROM assignment a WHERE a.task_id = t.id AND " + OPEN
					+ " AND a.light = :light)");
			params.put("light", filter.light());
			if (!worse.isEmpty()) {
				sql.append(" AND NOT EXISTS (SELECT 1 FROM assignment a WHERE a.task_id = t.id AND " + OPEN
						+ " AND a.light IN (:worse))");
				params.put("worse", worse);
			}
		}
		return new Query(sql.toString(), params);
	}

	private static List<String> worseThan(String light) {
		if ("GREEN".equals(light)) {
			return List.of("YELLOW", "RED");
		}
		return "YELLOW".equals(light) ? List.of("RED") : List.of();
	}

	private record Query(String sql, Map<String, Object> params) {
	}

	/**
	 * Which tasks a caller's list is drawn from.
	 *
	 * @param unit only the tasks assigned to this unit; null for any
	 * @param taskIds only these tasks (an observer's invited ones, never empty); null for
	 * any
	 */
	record Scope(String unit, List<String> taskIds) {

		static final Scope ALL = new Scope(null, null);

		static Scope ofUnit(String unit) {
			return new Scope(unit, null);
		}

		static Scope ofTasks(List<String> taskIds) {
			if (taskIds.isEmpty()) {
				throw new IllegalArgumentException("An empty list of tasks selects nothing: answer it without a query");
			}
			return new Scope(null, List.copyOf(taskIds));
		}

	}

}
