/**
 * Progress reports on the wire: a report made here goes up to the task's issuer on the
 * report channel, with its attachments queued for the pusher; every node on the way keeps
 * it; a re-sync towards the parent sends them again.
 */
package org.ducha.node.report.federation;
