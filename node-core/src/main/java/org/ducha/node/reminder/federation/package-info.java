/**
 * Reminders on the wire: sent down on the alert channel to the assignee's node, kept by
 * every relay on the way, re-sent by snapshot while their assignment is open.
 */
package org.ducha.node.reminder.federation;
