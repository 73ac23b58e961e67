/**
 * Progress reports (情况反馈) on assignments, with the seed's content fields: written once by
 * the assignee's node and visible, without re-entry, at every node above it ("report
 * once").
 */
package org.ducha.node.report;
