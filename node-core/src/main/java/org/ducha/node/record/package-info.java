/**
 * The record (履职记录) of units as this node knows it, over a period: their lead report
 * slots and how they were met, overdue and completed assignments, extensions, ladder
 * steps, claim-overdue signings and inspection rectifications, each fact carrying the ids
 * that link it. Read-only SQL over the tables of the task, report, accountability and
 * inspection packages; bulletins and the assessment count from it
 * (docs/business-rules.md, "Bulletins").
 */
package org.ducha.node.record;
