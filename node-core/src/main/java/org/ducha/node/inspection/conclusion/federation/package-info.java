/**
 * The wire side of conclusions and objections: a conclusion and its review travel down
 * from the issuing node to the unit's node, the signing and the objection travel up from
 * the unit's node to the issuer; one handler per event kind, each declaring its authority
 * row (docs/protocol.md, "Authority").
 */
package org.ducha.node.inspection.conclusion.federation;
