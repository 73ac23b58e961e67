/**
 * Alerts on the wire (alert channel): an alert raised here goes to its recipient's node
 * and its signing comes back; every node on the way keeps both; a re-sync sends the
 * alerts that crossed the link, and their signings, again.
 */
package org.ducha.node.alert.federation;
