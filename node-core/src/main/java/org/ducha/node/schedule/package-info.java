/**
 * Reporting schedules (限期报告, docs/business-rules.md §3): rules that set when an
 * assignment's reports are due (quarterly, monthly, a period after an event, explicit
 * milestones), the due slots they give each assignment on the working-day calendar, and
 * whether a report came on time.
 */
package org.ducha.node.schedule;
