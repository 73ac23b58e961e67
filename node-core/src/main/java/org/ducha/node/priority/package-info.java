/**
 * Annual supervision priorities (年度督查工作重点, docs/business-rules.md, "Annual priorities"):
 * a node's priorities for a year, drafted early in the year by a supervisor as items with
 * titles and descriptions, approved by a leader (or sent back), then the tasks and
 * inspection plans that implement them linked to their items. Approved priorities are
 * facts of their node that travel down to every node below, so that a lower node links
 * its own tasks and plans to a higher level's priority; the link belongs to the node of
 * the task or plan and stays there.
 */
package org.ducha.node.priority;
