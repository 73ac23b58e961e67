/**
 * The timeline of a task (docs/business-rules.md §6.6): every transition of the task and
 * of its assignments — who, when, at which node, why — append-only, recorded by any
 * feature in the transaction of the change it records.
 */
package org.ducha.node.timeline;
