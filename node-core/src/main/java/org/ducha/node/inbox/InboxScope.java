package org.ducha.node.inbox;

/**
 * What one user's inbox holds: the items of their unit (those reserved for the unit head
 * only if they are its head) and, for a supervisor or leader, the items addressed to the
 * node's government.
 *
 * @param subject the user
 * @param unitCode the user's unit
 * @param unitHead whether the user heads the unit
 * @param governmentCode the node's code when the user sees its government's items, else
 * null
 */
record InboxScope(String subject, String unitCode, boolean unitHead, String governmentCode) {
}
