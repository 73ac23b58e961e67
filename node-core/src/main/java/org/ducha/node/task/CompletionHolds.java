package org.ducha.node.task;

import java.util.Optional;

/**
 * Something that holds a pending completion request back from approval (销号), such as an
 * on-site verification (核查) the issuer asked for and has not recorded yet. Implemented by
 * the features that keep such holds, so that the task feature depends on none of them.
 */
public interface CompletionHolds {

	/**
	 * Why the completion request an assignment made at a lifecycle step may not be
	 * approved yet; empty when nothing holds it.
	 */
	Optional<String> holdOn(String assignmentId, long lifecycleStep);

}
