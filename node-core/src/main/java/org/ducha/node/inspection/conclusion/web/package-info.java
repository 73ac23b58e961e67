/**
 * REST adapters of conclusions and objections: drafting, approval and issue at the
 * planning node, signing and objection at the unit's node, the review by a non-author.
 */
package org.ducha.node.inspection.conclusion.web;
