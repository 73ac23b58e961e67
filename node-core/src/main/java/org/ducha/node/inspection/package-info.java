/**
 * Inspection plans (督查方案, 条例 Art. 15): a supervisor drafts a plan — object units, kind,
 * methods, period, team, basis — a leader approves it (or sends it back) before it runs,
 * it is marked carried out, then closed. Announced plans are facts of the planning node
 * that travel to the nodes of their objects and up to the planner's ancestors, where they
 * warn of duplicate supervision. An unannounced plan (四不两直) stays at the planning node
 * until it is carried out (docs/business-rules.md, "Inspection plans").
 * {@link org.ducha.node.inspection.InspectionPlans} is the read port of the findings and
 * conclusions sub-packages.
 */
package org.ducha.node.inspection;
