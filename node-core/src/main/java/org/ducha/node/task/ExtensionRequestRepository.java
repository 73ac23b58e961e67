package org.ducha.node.task;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

/**
 * Extension requests held at this node: the assignee's and the issuer's copies.
 */
interface ExtensionRequestRepository extends ListCrudRepository<ExtensionRequest, String> {

	List<ExtensionRequest> findByAssignmentIdOrderByRequestedAt(String assignmentId);

	boolean existsByAssignmentIdAndStatus(String assignmentId, ExtensionRequest.Status status);

}
