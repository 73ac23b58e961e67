package org.ducha.node.task;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/**
 * The suspension and withdrawal requests of this node's tasks.
 */
interface ControlRequestRepository extends ListCrudRepository<ControlRequest, String> {

	List<ControlRequest> findByTaskIdOrderByRequestedAt(String taskId);

	Optional<ControlRequest> findByPendingTaskId(String taskId);

}
