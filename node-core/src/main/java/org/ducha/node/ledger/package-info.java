/**
 * The ledger (台账, docs/business-rules.md §15): the register of tasks, units, people,
 * deadlines, status, lights and latest progress as an xlsx workbook for whatever the
 * caller may see in the task list; and the import of a task list (annual key work) from a
 * workbook, all rows or none, through the same issuing as a task registered by hand.
 */
package org.ducha.node.ledger;
