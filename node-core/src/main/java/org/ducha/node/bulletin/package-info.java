/**
 * Bulletins (督查通报): monthly, quarterly or ad hoc, generated at a node for its subtree
 * from the record ({@code org.ducha.node.record}), edited by a supervisor, approved by a
 * leader and published: numbered, rendered once as Word and PDF, and replicated down to
 * every node holding a unit it names (docs/business-rules.md, "Bulletins").
 */
package org.ducha.node.bulletin;
