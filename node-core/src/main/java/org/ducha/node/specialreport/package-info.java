/**
 * Special reports (专报) to this node's leaders (docs/business-rules.md, "Special
 * reports"): a supervisor composes one from tasks, inspection findings and progress
 * reports in their scope, with a title and text, and submits it; a leader reads it (a
 * read receipt is kept) and records instructions (批示); a supervisor turns an instruction
 * into a new task whose basis is the instruction. A special report stays at its node:
 * nothing of it travels on a link.
 */
package org.ducha.node.specialreport;
