/**
 * Dashboards (督查看板, issue 5 item 7): counts of tasks and assignments by status, source
 * and light, open assignments per unit by light, each unit's on-time report rate and the
 * overdue list, computed by aggregate queries over what this node holds and limited to
 * what the caller may see.
 * <p>
 * What a node holds decides what it can count: the tasks it issued (with every
 * assignment, to its departments and to the governments below it), and copies of tasks
 * issued above that concern its subtree, each with the assignments of units in that
 * subtree; the assignees' signings and reports travel up to the issuer and every node on
 * the way keeps them. A task a county issues to its own departments never leaves the
 * county, so a city's figures do not include it.
 */
package org.ducha.node.dashboard;
