/**
 * Tasks (督查事项) and their assignments to units (交办): issuing at this node, signing by the
 * assignee, and the copies this node keeps of tasks issued above that concern its
 * subtree.
 */
package org.ducha.node.task;
