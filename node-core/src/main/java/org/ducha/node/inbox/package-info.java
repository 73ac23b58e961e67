/**
 * The in-app inbox: what the units of this node received (reminders, alerts), per unit
 * and per user, with each user's read state and each item's signing (签收). Items for a
 * unit's handlers are visible to its handlers and head; items reserved for the unit head
 * (overdue reminders, escalations of unsigned alerts) to the head only; items for the
 * node's government to its supervisors and leaders. Each new item also notifies its
 * people outside the application.
 */
package org.ducha.node.inbox;
