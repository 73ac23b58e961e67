package org.ducha.node.task;

/**
 * An assignment's status or deadline in force changed here, by a local act or a copied
 * one; its light is due for a new look. Local: it never travels.
 *
 * @param assignmentId the assignment
 */
public record AssignmentLifecycleChanged(String assignmentId) {
}
