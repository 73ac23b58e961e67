/**
 * User administration forwarded to the province's node, which alone holds the identity
 * provider's power: a node's security administrator's request goes there with that
 * administrator's own token, and the province scopes it to the administrator's subtree
 * (docs/security.md §5).
 */
package org.ducha.node.users.province;
