package org.ducha.node.report;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/**
 * Progress reports held at this node.
 */
interface ProgressReportRepository extends ListCrudRepository<ProgressReport, String> {

	List<ProgressReport> findByAssignmentIdOrderByReportedAtDesc(String assignmentId);

	List<ProgressReport> findByTaskIdOrderByReportedAtDesc(String taskId);

	/** The resubmission of a returned report, if one is held. */
	Optional<ProgressReport> findFirstByAnswersReportId(String reportId);

	/** Which of the given reports are held here (one query for a batch). */
	@Query("SELECT id FROM progress_report WHERE id IN (:ids)")
	List<String> idsAmong(Collection<String> ids);

	/** The latest report on each of the given assignments that has one. */
	@Query("SELECT r.* FROM progress_report r WHERE r.assignment_id IN (:assignments) AND NOT EXISTS ("
			+ "SELECT 1 FROM progress_report n WHERE n.assignment_id = r.assignment_id AND (n.reported_at > r.reported_at "
			+ "OR (n.reported_at = r.reported_at AND n.id > r.id)))")
	List<ProgressReport> latestOf(Collection<String> assignments);

	/** Reports by units of the given nodes on tasks issued outside them, after a key. */
	@Query("SELECT r.* FROM progress_report r JOIN task t ON t.id = r.task_id JOIN assignment a ON a.id = r.assignment_id "
			+ "WHERE a.unit_node IN (:nodes) AND t.issuing_node NOT IN (:nodes) AND r.id > :after ORDER BY r.id LIMIT :limit")
	List<ProgressReport> byNodesForIssuersOutside(Collection<String> nodes, String after, int limit);

}
