/**
 * Inspection conclusions and objections (督查结论, 复核申请; 条例 Art 16–18): a supervisor of the
 * planning node drafts a conclusion on a plan, a leader approves it, it is issued to the
 * inspected unit, which signs for it (签收) and may object within 30 calendar days of
 * signing; the objection is reviewed within 30 days by people who are none of the
 * conclusion's authors, and the outcome (upheld, changed) is delivered to the unit. The
 * conclusion and its review are facts of the issuing node; the signing and the objection
 * are facts of the unit's node (docs/business-rules.md, "Conclusions and objections").
 */
package org.ducha.node.inspection.conclusion;
