/**
 * Tasks (督查事项) and their assignments to units (交办): registering drafts (立项), a leader's
 * approval that issues them, the issuer's revisions, withdrawal and suspension, signing
 * by the assignee, and the copies this node keeps of tasks issued above that concern its
 * subtree.
 */
package org.ducha.node.task;
