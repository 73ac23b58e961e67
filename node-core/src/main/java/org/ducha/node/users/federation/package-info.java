/**
 * Appointments on the wire (docs/security.md §5.4): the node whose security administrator
 * appointed an administrator of a node right below it tells that node on the alert
 * channel, and that node records it in its own audit trail, believing only its parent.
 */
package org.ducha.node.users.federation;
