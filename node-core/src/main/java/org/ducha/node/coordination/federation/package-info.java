/**
 * Coordination attempts on the wire: a lead unit's attempt goes up to the task's issuer
 * on the report channel (an assignee's fact), every node on the way keeps it, and a
 * re-sync towards the parent sends them again.
 */
package org.ducha.node.coordination.federation;
