/**
 * The working-day calendar (docs/business-rules.md §4): the ordinary week corrected by
 * the State Council's holiday notices (holidays and make-up working days, 调休), bundled
 * for 2007–2026 as version 0, edited at the province and replicated to every node.
 */
package org.ducha.node.calendar;
