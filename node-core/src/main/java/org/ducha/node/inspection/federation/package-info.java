/**
 * Inspection plans on the wire: a plan is stated by its planner on the alert channel,
 * down to the nodes of its objects (the relays keep copies) and up to the root — an
 * announced one from its approval, an unannounced one only once carried out — and re-sent
 * by snapshot. A copy carries neither the team nor the drafter nor the approver.
 */
package org.ducha.node.inspection.federation;
